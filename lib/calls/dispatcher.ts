// The dispatcher: turns queued call rows into dialed calls. A pass runs as a job of the durable queue
// (lib/jobs/queues.ts, dispatchCalls), queued in the same transaction as the calls it is for. Claims take turns with
// leases (db/calls.ts), so any number of passes, in any number of processes, never dial one call twice or pass the
// global cap; a pass dials everything it claimed concurrently, so a swarm of 15 rings at once. Before each dial: the
// do-not-call list, the business's hours and holidays, and the daily caps across all people
// (lib/guardrails/dial-caps.ts). A call that ends here (never dialed) ends like any other: with its call_ended event.
import { randomUUID } from "node:crypto";
import { getBooking } from "@/db/bookings";
import {
  claimDueCalls,
  finishCall,
  listStaleClaims,
  markCallDialed,
  releaseClaim,
  type Call,
} from "@/db/calls";
import { getProvider } from "@/db/providers";
import { isAppointmentChange, type BookingStatus } from "@/db/schema";
import type { Clock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import { blockedCallReason, isDoNotCall } from "@/lib/do-not-call/do-not-call-list";
import { releaseDialCapacity, reserveDialCapacity, type DialCapacity } from "@/lib/guardrails/dial-caps";
import { usesRealDialer } from "@/lib/guardrails/real-call-gate";
import { sentence, writtenElsewhere, type StoredReason } from "@/lib/sentences/sentence";
import { briefForCall } from "./call-brief";
import { dialRetryPausesMs } from "./dial-timing";
import { mustRespectOpeningHours, ringsBusinesses, whenToDial } from "./call-hours";
import { DialError, type Dialer, type PlacedCall, type PlaceCallRequest } from "./dialer";

export interface DispatchDeps {
  dialer: Dialer;
  clock: Clock;
  config: AppConfig;
}

/** One pass: recover abandoned claims, then claim and dial until nothing is due or the concurrency cap is reached. */
export async function runDispatchPass(deps: DispatchDeps): Promise<number> {
  await recoverStaleClaims(deps);
  let dialed = 0;
  for (;;) {
    const token = randomUUID();
    const claimed = await claimDueCalls({
      now: deps.clock.now(),
      maxConcurrent: deps.config.MAX_CONCURRENT_CALLS,
      leaseMs: deps.config.DIAL_LEASE_SECONDS * 1000,
      token,
    });
    if (claimed.length === 0) return dialed;
    const results = await Promise.all(claimed.map((call) => dialClaimedCall(call, token, deps)));
    dialed += results.filter(Boolean).length;
  }
}

async function dialClaimedCall(call: Call, token: string, deps: DispatchDeps): Promise<boolean> {
  const log = logger.child({ callId: call.id, bookingId: call.bookingId });
  const now = deps.clock.now();
  const release = (
    status: "queued" | "scheduled" | "failed" | "canceled",
    reason: StoredReason | null,
    at: Date | null = null,
  ) => releaseClaim({ callId: call.id, token, status, scheduledFor: at, reason, now });

  const [booking, provider] = await Promise.all([getBooking(call.bookingId), getProvider(call.providerId)]);
  if (!booking || !provider) {
    await endWithoutDialing(call, token, sentence("failureProviderGone"), deps);
    return false;
  }
  const needed = callStillNeeded(call.purpose, booking.status);
  if (!needed) {
    await release("canceled", sentence("failureNotNeeded"));
    return false;
  }
  if (provider.disabled || !provider.phone) {
    await endWithoutDialing(call, token, sentence("failureProviderDisabled"), deps);
    return false;
  }
  // Neither the business's number nor the one a redirect would ring may be on the do-not-call list, nor (for this
  // person's calls) one whose opt-out waits for review. The call ends failed, which the retry policy never retries.
  if (await isDoNotCall([provider.phone, deps.config.CALL_REDIRECT_TO], call.userId)) {
    await endWithoutDialing(call, token, blockedCallReason, deps);
    log.info("call not dialed: the number is on the do-not-call list");
    return false;
  }
  const phonesBusiness = ringsBusinesses(deps.dialer, deps.config);
  const respect = mustRespectOpeningHours(phonesBusiness, deps.config.SIM_RESPECT_OPENING_HOURS);
  const dialTime = whenToDial(provider, now, respect);
  if (dialTime.kind === "never") {
    await endWithoutDialing(call, token, sentence("failureNoOpeningHours"), deps);
    return false;
  }
  if (dialTime.kind === "later") {
    await release("scheduled", sentence("waitClosedNow"), dialTime.at);
    log.info("call scheduled for the next opening", { at: dialTime.at.toISOString() });
    return false;
  }

  // The daily caps across all people (calls to this business today, calls in all), taken just before dialing.
  // They count real dialers' calls (a stubbed vendor's too, as in production); the simulation phones nobody.
  const capacity: DialCapacity = usesRealDialer(deps.dialer)
    ? await reserveDialCapacity({
        provider,
        ringsBusiness: !deps.config.CALL_REDIRECT_TO,
        respectOpeningHours: respect,
        now,
        config: deps.config,
      })
    : { kind: "granted", charges: [] };
  if (capacity.kind === "refused") {
    await endWithoutDialing(call, token, capacity.reason, deps);
    return false;
  }
  if (capacity.kind === "wait") {
    await release("scheduled", capacity.reason, capacity.at);
    log.info("call held back by a daily call cap", { at: capacity.at.toISOString() });
    return false;
  }

  const redirect = deps.config.CALL_REDIRECT_TO ?? null;
  const request: PlaceCallRequest = {
    // The person's pre-filled details go to the agent as data, so it need not ask them (issue 8).
    brief: await briefForCall(booking, call, provider, now),
    to: redirect ?? provider.phone,
    redirected: redirect !== null,
  };
  let placed: PlacedCall;
  try {
    placed = await placeWithBackoff(deps.dialer, request);
  } catch (error) {
    // A vendor's refusal is kept in its own words (Twilio's error, ElevenLabs' message).
    const reason = error instanceof DialError ? writtenElsewhere(error.reason) : sentence("failureNotPlaced");
    log.warn("dial failed", { error });
    await releaseDialCapacity(capacity.charges);
    await endWithoutDialing(call, token, reason, deps);
    return false;
  }
  const recorded = await markCallDialed({
    callId: call.id,
    token,
    dialer: deps.dialer.name,
    externalId: placed.externalId,
    externalCallSid: placed.externalCallSid ?? null,
    redirectedTo: redirect,
    now: deps.clock.now(),
  });
  if (!recorded)
    log.error("a dialed call lost its claim before the dial was recorded", { externalId: placed.externalId });
  return recorded;
}

/** Whether a booking in this state still wants a call of this purpose dialed. */
export function callStillNeeded(purpose: Call["purpose"], bookingStatus: BookingStatus): boolean {
  if (purpose === "release") return bookingStatus === "booked" || bookingStatus === "canceled";
  if (isAppointmentChange(purpose)) return bookingStatus === "booked";
  return purpose === "confirmation" ? bookingStatus === "confirming" : bookingStatus === "processing";
}

async function placeWithBackoff(dialer: Dialer, request: PlaceCallRequest): Promise<PlacedCall> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await dialer.placeCall(request);
    } catch (error) {
      const transient = !(error instanceof DialError) || error.permanence === "transient";
      if (!transient || attempt >= dialRetryPausesMs.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, dialRetryPausesMs[attempt]));
    }
  }
}

async function endWithoutDialing(
  call: Call,
  token: string,
  reason: StoredReason,
  deps: DispatchDeps,
): Promise<void> {
  await releaseClaim({
    callId: call.id,
    token,
    status: "failed",
    scheduledFor: null,
    reason,
    now: deps.clock.now(),
  });
}

/**
 * Claims whose lease ran out before their dial was recorded (the process died or hung mid-dial). The dialer says
 * whether the vendor got the call: redial only when it certainly did not, so no business is called twice.
 */
export async function recoverStaleClaims(deps: DispatchDeps): Promise<void> {
  for (const call of await listStaleClaims(deps.clock.now())) {
    const token = call.claimToken!;
    const placement = await deps.dialer.wasPlaced(call);
    const now = deps.clock.now();
    if (placement === "not_placed") {
      await releaseClaim({
        callId: call.id,
        token,
        status: "queued",
        scheduledFor: null,
        reason: sentence("failureRequeued"),
        now,
      });
    } else if (placement === "placed") {
      await markCallDialed({
        callId: call.id,
        token,
        dialer: deps.dialer.name,
        externalId: `unrecorded:${call.id}`,
        externalCallSid: null,
        redirectedTo: deps.config.CALL_REDIRECT_TO ?? null,
        now,
      });
    } else {
      await finishCall({
        callId: call.id,
        status: "failed",
        outcome: null,
        failure: sentence("failureLostInRestart"),
        now,
      });
    }
  }
}
