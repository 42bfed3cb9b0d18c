// A reaction to a call's end (call_ended): another attempt when the retry policy says so and the person's daily
// calls allow it, at a time the business can be called. Idempotent: the ended call's row is locked while its
// follow-ups are looked up, so however often the reaction runs, and on however many instances, one retry is queued.
import { getBooking } from "@/db/bookings";
import { recordCallEvent } from "@/db/call-events";
import { enqueueCall, getCall, listFollowUpCalls, lockCall, type Call } from "@/db/calls";
import { transaction } from "@/db/client";
import { getProvider } from "@/db/providers";
import { isAppointmentChange } from "@/db/schema";
import { UsageLimitReached } from "@/db/usage-counters";
import type { Clock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import { limitsFor, personCallCharge } from "@/lib/guardrails/limits";
import { newId } from "@/lib/ids";
import { mustRespectOpeningHours, ringsBusinesses, whenToDial } from "./call-hours";
import type { Dialer } from "./dialer";
import { decideRetry } from "./retry-policy";

export interface RetryDeps {
  clock: Clock;
  config: AppConfig;
  dialer: Dialer;
}

export async function retryAfterCallEnded(callId: string, deps: RetryDeps): Promise<void> {
  const call = await getCall(callId);
  if (!call) return;
  const booking = await getBooking(call.bookingId);
  if (!booking) return;
  const decision = decideRetry({
    status: call.status,
    attempt: call.attempt,
    bookingNeedsSlot:
      (booking.status === "processing" && call.purpose === "inquiry") ||
      (booking.status === "booked" && isAppointmentChange(call.purpose)),
    optedOut: call.outcome?.opted_out ?? false,
    retryMax: deps.config.RETRY_MAX,
    retryDelayMinutes: deps.config.RETRY_DELAY_MINUTES,
    now: deps.clock.now(),
    nextCallableAt: await callableTimes(call.providerId, deps),
  });
  if (decision.retry) await retry(call, decision.at, deps.clock);
}

/** The business's next callable instants when its hours apply (the same rule as the dispatcher's), else none. */
async function callableTimes(
  providerId: string,
  deps: RetryDeps,
): Promise<((at: Date) => Date | null) | undefined> {
  const phonesBusiness = ringsBusinesses(deps.dialer, deps.config);
  if (!mustRespectOpeningHours(phonesBusiness, deps.config.SIM_RESPECT_OPENING_HOURS)) return undefined;
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
    await transaction(async () => {
      await lockCall(call.id);
      if ((await listFollowUpCalls(call.id)).length > 0) return;
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
        requestedWindow: call.requestedWindow,
        scheduledFor: at,
        charges: [personCallCharge(call.userId, limits, now)],
        now,
      });
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
