// What cancelling and moving a booked appointment share: the appointment a booking holds, queueing the call about it
// (counted against the person's calls for the day like any other, through the same dispatcher and guardrails), and
// which calls are about it.
import type { Booking } from "@/db/bookings";
import { queueAppointmentChangeCall, type QueuedChange } from "@/db/appointment-change-calls";
import type { Call } from "@/db/calls";
import { UsageLimitReached } from "@/db/usage-counters";
import type { Clock } from "@/lib/clock";
import { conflict } from "@/lib/errors";
import { limitReachedError, limitsFor, personCallCharge } from "@/lib/guardrails/limits";
import { newId } from "@/lib/ids";
import { maxAttemptsFor } from "@/lib/calls/retry-policy";
import { getConfig } from "@/lib/config";
import type { RequestedWindow } from "./move-window";
import type { Slot } from "./slot";
import { sentence } from "@/lib/sentences/sentence";

/** The booked appointment, or null when the booking holds none. */
export function bookedAppointment(booking: Booking): Slot | null {
  if (booking.status !== "booked" || !booking.bookedSlotStart || !booking.bookedSlotEnd) return null;
  return { start: booking.bookedSlotStart.toISOString(), end: booking.bookedSlotEnd.toISOString() };
}

export function requireAppointment(booking: Booking, action: string): Slot {
  const appointment = bookedAppointment(booking);
  if (appointment) return appointment;
  throw conflict(
    booking.appointmentCanceledAt
      ? sentence("errorAppointmentAlreadyCancelled", { action })
      : sentence("errorNoAppointmentTo", { action, status: booking.status.replace("_", " ") }),
  );
}

export async function queueChangeCall(
  booking: Booking,
  purpose: "cancellation" | "reschedule",
  appointment: Slot,
  requestedWindow: RequestedWindow | null,
  clock: Clock,
): Promise<QueuedChange> {
  const now = clock.now();
  const limits = await limitsFor(booking.userId);
  return queueAppointmentChangeCall({
    id: newId("call"),
    bookingId: booking.id,
    purpose,
    appointment,
    requestedWindow,
    charges: [personCallCharge(booking.userId, limits, now)],
    now,
  }).catch((error: unknown) => {
    throw error instanceof UsageLimitReached ? limitReachedError(error, now) : error;
  });
}

/** The latest call of this purpose about the booking's appointment, if any. */
export function latestCallOf(calls: readonly Call[], purpose: "cancellation" | "reschedule"): Call | null {
  return calls.filter((call) => call.purpose === purpose).at(-1) ?? null;
}

/**
 * The call is still on its way, or ended unanswered and the retry policy tries again: counted as under way also in
 * the moment before the retry's reaction has queued it, so a second request never adds a call of its own.
 */
export function isUnfinished(call: Call, booking?: Booking): boolean {
  if (["queued", "scheduled", "dialing", "in_progress"].includes(call.status)) return true;
  return booking?.status === "booked" && call.attempt < maxAttemptsFor(call.status, getConfig().RETRY_MAX);
}
