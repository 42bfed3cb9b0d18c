// What follows the end of any call: a retry when the policy says so (and the person's daily calls allow it), the
// booking's new state, and a dispatcher wake-up (a concurrency slot just freed).
import { getBooking } from "@/db/bookings";
import { recordCallEvent } from "@/db/call-events";
import { enqueueCall, getCall, type Call } from "@/db/calls";
import { UsageLimitReached } from "@/db/usage-counters";
import { settleHoldsAfterCall } from "@/lib/booking/holds";
import { settleBooking } from "@/lib/booking/settle-booking";
import type { Clock } from "@/lib/clock";
import { getProvider } from "@/db/providers";
import { getConfig, type AppConfig } from "@/lib/config";
import { limitsFor, personCallCharge } from "@/lib/guardrails/limits";
import { newId } from "@/lib/ids";
import { getRuntime } from "@/lib/runtime";
import { mustRespectOpeningHours, ringsBusinesses, whenToDial } from "./call-hours";
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
    optedOut: call.outcome?.opted_out ?? false,
    retryMax: config.RETRY_MAX,
    retryDelayMinutes: config.RETRY_DELAY_MINUTES,
    now: clock.now(),
    nextCallableAt: await callableTimes(call.providerId, config),
  });
  if (decision.retry) await retry(call, decision.at, clock);
  await settleHoldsAfterCall(call, clock);
  await settleBooking(call.bookingId, clock);
  wakeDispatcher();
}

/** The business's next callable instants when its hours apply (the same rule as the dispatcher's), else none. */
async function callableTimes(
  providerId: string,
  config: AppConfig,
): Promise<((at: Date) => Date | null) | undefined> {
  const phonesBusiness = ringsBusinesses(getRuntime().dialer, config);
  if (!mustRespectOpeningHours(phonesBusiness, config.SIM_RESPECT_OPENING_HOURS)) return undefined;
  const provider = await getProvider(providerId);
  if (!provider) return undefined;
  return (at) => {
    const when = whenToDial(provider, at, true);
    return when.kind === "never" ? null : when.kind === "now" ? at : when.at;
  };
}

/** A retry is one more call for the person: none is queued once their daily calls are used up. */
async function retry(call: Call, at: Date, clock: Clock): Promise<void> {
  const now = clock.now();
  const limits = await limitsFor(call.userId);
  try {
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
      scheduledFor: at,
      charges: [personCallCharge(call.userId, limits, now)],
      now,
    });
  } catch (error) {
    if (!(error instanceof UsageLimitReached)) throw error;
    await recordCallEvent({
      bookingId: call.bookingId,
      callId: call.id,
      type: "warning",
      payload: {
        message: `Not tried again: the ${limits.callsPerDay} calls CallPilot may make for this person today are used up.`,
      },
      at: now,
    });
  }
}
