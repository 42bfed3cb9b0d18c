// The person moves their booked appointment into a new window: CallPilot phones the same business first, and the
// booked slot moves only when the business agrees to one that fits (request_booking, under the booking lock). Owner-
// only and idempotent: a second request while the call is under way answers the same state.
import { getBookingForUser, type Booking } from "@/db/bookings";
import { listCallsForBooking, type Call } from "@/db/calls";
import type { Clock } from "@/lib/clock";
import { conflict, notFound } from "@/lib/errors";
import { isUnfinished, latestCallOf, queueChangeCall, requireAppointment } from "./appointment-calls";
import { resolveMoveWindow, type MoveRequest, type RequestedWindow } from "./move-window";
import type { Slot } from "./slot";
import { sentence } from "@/lib/sentences/sentence";

export interface MoveAppointmentResult {
  booking_id: string;
  /** moving: the call is on its way; moved: the business agreed, the appointment is now `appointment`. */
  status: "moving" | "moved";
  call_id: string;
  /** The booked appointment as it stands. */
  appointment: Slot | null;
  window: { start: string; end: string };
}

export async function moveAppointment(
  input: { userId: string; bookingId: string; move: MoveRequest },
  clock: Clock,
): Promise<{ result: MoveAppointmentResult; callQueued: boolean }> {
  const booking = await getBookingForUser(input.bookingId, input.userId);
  if (!booking) throw notFound(sentence("errorBookingNotFound"));
  const calls = await listCallsForBooking(booking.id);
  const latest = latestCallOf(calls, "reschedule");
  if (latest && isUnfinished(latest, booking)) return { result: stateOf(booking, latest), callQueued: false };
  const cancelling = latestCallOf(calls, "cancellation");
  if (cancelling && isUnfinished(cancelling, booking)) {
    throw conflict(sentence("errorCancelUnderWayNoMove"));
  }
  const appointment = requireAppointment(booking, "move");
  const window = resolveMoveWindow(input.move, booking.timeZone, clock.now());
  // The same window asked again once the business moved it: the answer is the move already made.
  if (latest && booking.bookedCallId === latest.id && sameWindow(latest.requestedWindow, window)) {
    return { result: stateOf(booking, latest), callQueued: false };
  }
  const queued = await queueChangeCall(booking, "reschedule", appointment, window, clock);
  if (queued.queued) return { result: stateOf(booking, queued.call), callQueued: true };
  return moveAppointment(input, clock);
}

function stateOf(booking: Booking, call: Call): MoveAppointmentResult {
  const moved = booking.bookedCallId === call.id;
  return {
    booking_id: booking.id,
    status: moved ? "moved" : "moving",
    call_id: call.id,
    appointment:
      booking.status === "booked" && booking.bookedSlotStart && booking.bookedSlotEnd
        ? { start: booking.bookedSlotStart.toISOString(), end: booking.bookedSlotEnd.toISOString() }
        : null,
    window: { start: call.requestedWindow!.start, end: call.requestedWindow!.end },
  };
}

function sameWindow(a: RequestedWindow | null, b: RequestedWindow): boolean {
  return a !== null && Date.parse(a.start) === Date.parse(b.start) && Date.parse(a.end) === Date.parse(b.end);
}
