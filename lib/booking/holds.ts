// Hold-then-confirm (review mode): the agent asks each business to hold its offer until a stated time; the person
// sees which offers are held and until when, and chooses one; once the booking is booked or cancelled, every other
// business still holding a slot gets a short release call (one of the person's calls for the day), and one whose
// hold already ran out gets none.
import { getBooking } from "@/db/bookings";
import type { Call } from "@/db/calls";
import {
  expireHold,
  listHoldsForBooking,
  markHoldReleased,
  queueReleaseCalls,
  recordHoldRequest,
  settleHoldRequests,
  type SlotHold,
} from "@/db/slot-holds";
import type { Clock } from "@/lib/clock";
import { getConfig } from "@/lib/config";
import { limitsFor, personCallCharge } from "@/lib/guardrails/limits";
import { newId } from "@/lib/ids";
import type { Slot } from "./slot";

const quarterHourMs = 15 * 60_000;

/** The time a business is asked to hold a slot until: HOLD_MINUTES from now, rounded up to a quarter hour. */
export function holdUntil(now: Date, minutes: number): Date {
  return new Date(Math.ceil((now.getTime() + minutes * 60_000) / quarterHourMs) * quarterHourMs);
}

/** request_booking in review mode: the hold the agent is about to ask for, with the time it states. */
export async function requestHold(call: Call, slot: Slot, clock: Clock): Promise<SlotHold> {
  const now = clock.now();
  return recordHoldRequest({
    id: newId("hold"),
    bookingId: call.bookingId,
    callId: call.id,
    providerId: call.providerId,
    slot: { start: new Date(slot.start), end: new Date(slot.end) },
    heldUntil: holdUntil(now, getConfig().HOLD_MINUTES),
    now,
  });
}

/**
 * After any call ends: an inquiry's requested holds become agreed when the business said yes (the outcome's
 * hold_agreed), or, when the dialer does not know, when the call ended well; else declined. A release call's hold is
 * released, and a booking that is now booked or cancelled releases the holds it no longer needs.
 */
export async function settleHoldsAfterCall(call: Call, clock: Clock): Promise<void> {
  const now = clock.now();
  if (call.purpose === "inquiry") await settleHoldRequestsOf(call, now);
  if (call.purpose === "release") await markHoldReleased(call.id, now);
  await releaseUnneededHolds(call.bookingId, clock);
}

/**
 * The holds every ended inquiry asked for, settled before the booking offers them for choosing: each call's own
 * reaction does this too, but the reactions of calls ending together run in parallel, and the one that settles the
 * booking must not show an offer as merely "requested" because another call's reaction has not run yet.
 */
export async function settleHoldRequestsOfEndedCalls(calls: readonly Call[], now: Date): Promise<void> {
  for (const call of calls) if (call.purpose === "inquiry") await settleHoldRequestsOf(call, now);
}

async function settleHoldRequestsOf(call: Call, now: Date): Promise<void> {
  const agreed =
    call.status === "completed" &&
    !(call.outcome?.opted_out ?? false) &&
    // The business's own yes or no, when the dialer knows it, beats guessing from how the call ended.
    (call.outcome?.hold_agreed ?? !call.failureReason);
  await settleHoldRequests({ callId: call.id, agreed, now });
}

/** Queues the release calls of a booking that is booked or cancelled; nothing for one still choosing. */
export async function releaseUnneededHolds(bookingId: string, clock: Clock): Promise<string[]> {
  const booking = await getBooking(bookingId);
  if (!booking || (booking.status !== "booked" && booking.status !== "canceled")) return [];
  const now = clock.now();
  const limits = await limitsFor(booking.userId);
  return queueReleaseCalls({
    bookingId,
    userId: booking.userId,
    booked:
      booking.status === "booked" && booking.bookedProviderId && booking.bookedSlotStart
        ? { providerId: booking.bookedProviderId, start: booking.bookedSlotStart }
        : null,
    newCallId: () => newId("call"),
    perCall: {
      charge: personCallCharge(booking.userId, limits, now),
      refusal: `No release call: the ${limits.callsPerDay} calls CallPilot may make for this person today are used up, so the business's hold runs out at the time it was given.`,
    },
    now,
  });
}

/**
 * The person chose an offer: when the business's hold on it has run out, it is marked expired, so the person sees
 * it and the confirmation call (which asks whether the slot is still free, and re-checks the calendar) decides.
 */
export async function markExpiredHoldOnChoice(
  bookingId: string,
  providerId: string,
  slotStart: string,
  clock: Clock,
): Promise<boolean> {
  const now = clock.now();
  const hold = (await listHoldsForBooking(bookingId)).find(
    (row) =>
      row.providerId === providerId &&
      row.status === "agreed" &&
      row.slotStart.getTime() === Date.parse(slotStart),
  );
  if (!hold || hold.heldUntil.getTime() > now.getTime()) return false;
  return expireHold(hold.id, now);
}
