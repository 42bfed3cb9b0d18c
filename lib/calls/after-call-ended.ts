// What follows the end of any call: a retry when the policy says so, the booking's new state, and a dispatcher
// wake-up (a concurrency slot just freed).
import { getBooking } from "@/db/bookings";
import { enqueueCall, getCall } from "@/db/calls";
import { settleBooking } from "@/lib/booking/settle-booking";
import type { Clock } from "@/lib/clock";
import { getConfig } from "@/lib/config";
import { newId } from "@/lib/ids";
import { wakeDispatcher } from "./dispatcher";
import { decideRetry } from "./retry-policy";

export async function afterCallEnded(callId: string, clock: Clock): Promise<void> {
  const call = await getCall(callId);
  if (!call) return;
  const booking = await getBooking(call.bookingId);
  if (!booking) return;
  const config = getConfig();
  const decision = decideRetry({
    status: call.status,
    attempt: call.attempt,
    bookingNeedsSlot: booking.status === "processing" && call.purpose === "inquiry",
    retryMax: config.RETRY_MAX,
    retryDelayMinutes: config.RETRY_DELAY_MINUTES,
    now: clock.now(),
  });
  if (decision.retry) {
    await enqueueCall({
      id: newId("call"),
      bookingId: call.bookingId,
      providerId: call.providerId,
      userId: call.userId,
      purpose: call.purpose,
      attempt: call.attempt + 1,
      previousCallId: call.id,
      distanceKm: call.distanceKm,
      targetSlot: call.targetSlot,
      scheduledFor: decision.at,
      now: clock.now(),
    });
  }
  await settleBooking(call.bookingId, clock);
  wakeDispatcher();
}
