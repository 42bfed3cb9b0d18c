// Ingestion of what happens on a call, from any dialer: live progress, transcript lines, and the final normalised
// outcome. Ending a call is one transaction (db/calls.ts finishCall): its state, transcript, the opt-out when the
// business asked in its own words not to be called again (an agent's say-so alone is only a warning), and the
// call_ended event whose reactions (retry, holds, the booking's new state) run from the job queue — ingestion itself
// calls none of them. Idempotent: an outcome for a call that already ended changes nothing (redelivered webhooks).
import { getBooking, type Booking } from "@/db/bookings";
import { recordCallEvent } from "@/db/call-events";
import { finishCall, getCall, type Call } from "@/db/calls";
import type { OfferedSlot } from "@/lib/booking/slot";
import { evaluateSlot } from "@/lib/booking/slot-fit";
import { busyIntervalsForBooking } from "@/lib/calendar/busy-times";
import type { Clock } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { sentence } from "@/lib/sentences/sentence";
import {
  callOutcomeSchema,
  failureOfOutcome,
  type CallOutcomeInput,
  type TranscriptLine,
} from "./call-outcome";
import { heardOptOut } from "./heard-opt-out";
import { optedOutFailure, unfoundedOptOut } from "./opt-out";

/** A call as ingestion needs it: callers usually hold the row already, so no lookup is repeated per line. */
export type CallRef = Pick<Call, "id" | "bookingId">;

async function resolveCall(call: CallRef | string): Promise<CallRef> {
  return typeof call === "string" ? requireCall(call) : call;
}

export async function recordCallProgress(
  call: CallRef | string,
  status: "ringing" | "answered" | "on_hold",
  clock: Clock,
): Promise<void> {
  const { id, bookingId } = await resolveCall(call);
  await recordCallEvent({ bookingId, callId: id, type: "call_status", payload: { status }, at: clock.now() });
}

export async function recordTranscriptLine(
  call: CallRef | string,
  line: TranscriptLine,
  clock: Clock,
): Promise<void> {
  const { id, bookingId } = await resolveCall(call);
  await recordCallEvent({
    bookingId,
    callId: id,
    type: "transcript",
    payload: {
      role: line.role,
      text: line.text,
      ...(line.language ? { language: line.language } : {}),
      ...(line.sentence ? { sentence: line.sentence } : {}),
    },
    at: line.at ? new Date(line.at) : clock.now(),
  });
}

/** Ends the call with its outcome. Returns applied = false when the call had already ended (a duplicate report). */
export async function ingestCallOutcome(
  callId: string,
  input: CallOutcomeInput,
  clock: Clock,
): Promise<{ applied: boolean }> {
  const outcome = callOutcomeSchema.parse(input);
  const call = await requireCall(callId);
  const booking = await getBooking(call.bookingId);
  if (!booking) throw notFound("The booking");
  const now = clock.now();

  const offeredSlots = await mergeOfferedSlots(call, outcome.offered_slots, booking, now);
  // The agent reads the person's notes: its opted_out stands only on the business's own words in the transcript.
  const optOut = outcome.opted_out ? await heardOptOut(call, outcome.transcript ?? []) : null;
  const optOutUnfounded = outcome.opted_out && !optOut;
  if (optOutUnfounded) {
    logger.warn("call reported an opt-out the business never asked for", { callId, bookingId: booking.id });
  }
  // The agent claims a booking the lock never approved: recorded for an admin, but never booked on its word.
  const unapprovedBooking = Boolean(outcome.booked_slot) && booking.bookedCallId !== callId;
  if (unapprovedBooking) {
    logger.warn("call reported a booking the lock did not approve", { callId, bookingId: booking.id });
  }
  const applied = await finishCall({
    callId,
    status: outcome.status,
    outcome: { ...outcome, opted_out: optOut !== null },
    offeredSlots,
    failure: optOut
      ? (failureOfOutcome(outcome) ?? optedOutFailure)
      : optOutUnfounded && outcome.failure_reason === optedOutFailure.text
        ? unfoundedOptOut
        : failureOfOutcome(outcome),
    transcript: outcome.transcript ?? [],
    warnings: [
      ...(unapprovedBooking ? [sentence("warningUnapprovedBooking")] : []),
      ...(optOutUnfounded ? [unfoundedOptOut] : []),
    ],
    optOut: optOut ?? undefined,
    // The business's agreement counts only on a cancellation call that reached them.
    appointmentCanceled:
      call.purpose === "cancellation" &&
      outcome.appointment_canceled === true &&
      outcome.status === "completed" &&
      call.targetSlot
        ? { providerId: call.providerId, slot: call.targetSlot }
        : undefined,
    now,
  });
  if (applied && optOut) {
    logger.info("the business asked not to be called again; its opt-out waits for an admin's review", {
      callId,
      bookingId: booking.id,
    });
  }
  return { applied };
}

/** Slots the vendor reported at the end that the live tools never saw get the same verdict check_availability gives. */
async function mergeOfferedSlots(
  call: Call,
  reported: Array<{ start: string; end: string }>,
  booking: Booking,
  now: Date,
): Promise<OfferedSlot[]> {
  const known = new Set(call.offeredSlots.map((slot) => Date.parse(slot.start)));
  const fresh = reported.filter((slot) => !known.has(Date.parse(slot.start)));
  if (fresh.length === 0) return call.offeredSlots;
  const busy = await busyIntervalsForBooking(
    booking,
    fresh.map((slot) => ({ start: new Date(slot.start), end: new Date(slot.end) })),
    { now: () => now },
  );
  const judged = fresh.map((slot) => {
    const start = new Date(slot.start);
    const end = new Date(slot.end);
    const verdict = evaluateSlot({
      slot: { start, end },
      request: booking.request,
      timeZone: booking.timeZone,
      busy,
      now,
    });
    return {
      start: start.toISOString(),
      end: end.toISOString(),
      fits: verdict.fits,
      reason: verdict.reason,
      reason_sentence: verdict.reasonSentence,
    };
  });
  return [...call.offeredSlots, ...judged].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

async function requireCall(callId: string): Promise<Call> {
  const call = await getCall(callId);
  if (!call) throw notFound("The call");
  return call;
}
