// The person cancels their booked appointment: CallPilot phones the business (inside its opening hours, never a
// do-not-call number, counted against the person's calls) to cancel it. Owner-only and idempotent: a second request
// while the call is under way, or after the business agreed, answers the same state. The business's agreement is the
// appointment_canceled event; its reactions cancel the booking and clear the calendars (lib/booking/appointment-changed.ts).
import { getBooking, getBookingForUser, type Booking } from "@/db/bookings";
import { listCallsForBooking } from "@/db/calls";
import type { Clock } from "@/lib/clock";
import { conflict, notFound } from "@/lib/errors";
import { isUnfinished, latestCallOf, queueChangeCall, requireAppointment } from "./appointment-calls";
import type { Slot } from "./slot";
import { sentence } from "@/lib/sentences/sentence";

export interface CancelAppointmentResult {
  booking_id: string;
  /** cancelling: the call is on its way; cancelled: the business confirmed it. */
  status: "cancelling" | "cancelled";
  call_id: string | null;
  appointment: Slot | null;
  cancelled_at: string | null;
}

export async function cancelAppointment(
  input: { userId: string; bookingId: string },
  clock: Clock,
): Promise<{ result: CancelAppointmentResult; callQueued: boolean }> {
  const booking = await getBookingForUser(input.bookingId, input.userId);
  if (!booking) throw notFound(sentence("errorBookingNotFound"));
  const calls = await listCallsForBooking(booking.id);
  const latest = latestCallOf(calls, "cancellation");
  if (booking.appointmentCanceledAt)
    return { result: cancelled(booking, latest?.id ?? null), callQueued: false };
  // The business agreed and the reaction has not run yet: that is still a cancelled appointment.
  if (latest?.outcome?.appointment_canceled && latest.status === "completed") {
    return { result: cancelled(booking, latest.id), callQueued: false };
  }
  if (latest && isUnfinished(latest, booking))
    return { result: cancelling(booking, latest), callQueued: false };
  const moving = latestCallOf(calls, "reschedule");
  if (moving && isUnfinished(moving, booking)) {
    throw conflict(sentence("errorMoveUnderWayNoCancel"));
  }
  const appointment = requireAppointment(booking, "cancel");
  const queued = await queueChangeCall(booking, "cancellation", appointment, null, clock);
  if (queued.queued) return { result: cancelling(booking, queued.call), callQueued: true };
  // A concurrent request won, or the booking changed meanwhile: answer from what it is now.
  const now = await getBooking(booking.id);
  if (queued.reason === "call_under_way" && queued.call.purpose === "cancellation") {
    return { result: cancelling(now ?? booking, queued.call), callQueued: false };
  }
  return cancelAppointment(input, clock);
}

function cancelling(
  booking: Booking,
  call: { id: string; targetSlot: Slot | null },
): CancelAppointmentResult {
  return {
    booking_id: booking.id,
    status: "cancelling",
    call_id: call.id,
    appointment: call.targetSlot,
    cancelled_at: null,
  };
}

function cancelled(booking: Booking, callId: string | null): CancelAppointmentResult {
  return {
    booking_id: booking.id,
    status: "cancelled",
    call_id: callId,
    appointment:
      booking.bookedSlotStart && booking.bookedSlotEnd
        ? { start: booking.bookedSlotStart.toISOString(), end: booking.bookedSlotEnd.toISOString() }
        : null,
    cancelled_at: booking.appointmentCanceledAt?.toISOString() ?? null,
  };
}
