// A move the booked business could not make: a new search (a new booking, a new swarm) for the same request in the
// person's new window, linked to the booking it replaces. The old appointment is cancelled only once the new one is
// booked: the new booking's booking_booked reaction queues the cancellation call (lib/call-event-reactions.ts).
import { getBooking, getBookingForUser, getReplacingBooking, type Booking } from "@/db/bookings";
import { recordCallEvent } from "@/db/call-events";
import { listCallsForBooking } from "@/db/calls";
import type { Clock } from "@/lib/clock";
import { AppError, conflict, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { deriveTaskStatus } from "@/lib/intake/normalise";
import { storeNewTask } from "@/lib/intake/tasks";
import { logger } from "@/lib/logger";
import {
  bookedAppointment,
  isUnfinished,
  latestCallOf,
  queueChangeCall,
  requireAppointment,
} from "./appointment-calls";
import { requestWithWindow, resolveMoveWindow, type MoveRequest } from "./move-window";
import { startBookingForTask } from "./start-booking";
import { sentence } from "@/lib/sentences/sentence";

export interface ReplacementSearchResult {
  booking_id: string;
  status: "searching";
  new_booking_id: string;
  window: { start: string; end: string };
}

/**
 * Starts the new search, or answers the one already started for this booking. The window is the one given, else
 * the one the last reschedule call asked the business for.
 */
export async function startReplacementSearch(
  input: {
    userId: string;
    bookingId: string;
    move: Partial<MoveRequest>;
    callsRealPhones: boolean;
  },
  clock: Clock,
): Promise<{ result: ReplacementSearchResult; created: boolean }> {
  const booking = await getBookingForUser(input.bookingId, input.userId);
  if (!booking) throw notFound(sentence("errorBookingNotFound"));
  const existing = await getReplacingBooking(booking.id);
  if (existing && existing.status !== "failed" && existing.status !== "canceled") {
    return { result: resultOf(booking, existing), created: false };
  }
  requireAppointment(booking, "replace");
  const calls = await listCallsForBooking(booking.id);
  if (calls.some((call) => call.purpose === "cancellation" && isUnfinished(call, booking))) {
    throw conflict(sentence("errorCancelUnderWayNoSearch"));
  }
  const window =
    input.move.timeframe || input.move.window
      ? resolveMoveWindow(input.move as MoveRequest, booking.timeZone, clock.now())
      : latestCallOf(calls, "reschedule")?.requestedWindow;
  if (!window) throw conflict(sentence("errorSayWhenToSearch"));
  const request = {
    ...requestWithWindow(booking.request, window),
    timeframe: window.label ?? booking.request.timeframe,
  };
  const task = await storeNewTask({
    id: newId("task"),
    userId: booking.userId,
    timeZone: booking.timeZone,
    extracted: request,
    status: deriveTaskStatus(request, null),
    now: clock.now(),
  });
  const started = await startBookingForTask(
    {
      userId: booking.userId,
      taskId: task.id,
      // As many businesses, and the same mode, as the search that found the appointment being replaced.
      preferences: { swarm_size: booking.swarmSize, mode: booking.mode },
      callsRealPhones: input.callsRealPhones,
      replacesBookingId: booking.id,
    },
    clock,
  );
  return { result: resultOf(booking, started.booking), created: started.created };
}

function resultOf(booking: Booking, replacement: Booking): ReplacementSearchResult {
  return {
    booking_id: booking.id,
    status: "searching",
    new_booking_id: replacement.id,
    window: replacement.request.window!,
  };
}

/**
 * The reaction to a booking_booked event: when the booked booking was a new search for a move, the appointment it
 * replaces is cancelled by phone now, and only now. Idempotent: no second call while one is on its way or once the
 * old appointment is cancelled.
 */
export async function cancelReplacedAppointment(bookingId: string, clock: Clock): Promise<void> {
  const booking = await getBooking(bookingId);
  if (!booking?.replacesBookingId || booking.status !== "booked") return;
  const old = await getBooking(booking.replacesBookingId);
  const appointment = old ? bookedAppointment(old) : null;
  if (!old || !appointment) return;
  const calls = await listCallsForBooking(old.id);
  if (calls.some((call) => call.purpose === "cancellation" && isUnfinished(call, old))) return;
  try {
    const queued = await queueChangeCall(old, "cancellation", appointment, null, clock);
    if (queued.queued) logger.info("replaced appointment is being cancelled", { bookingId: old.id });
  } catch (error) {
    // The person's calls for today are used up: said on the old booking rather than retried twenty times.
    if (!(error instanceof AppError)) throw error;
    await recordCallEvent({
      bookingId: old.id,
      callId: null,
      type: "warning",
      payload: {
        message: `The new appointment is booked, but this one could not be cancelled yet: ${error.message}`,
      },
      at: clock.now(),
    });
  }
}
