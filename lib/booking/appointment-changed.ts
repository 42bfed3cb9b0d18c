// What follows when a business agreed on the phone to cancel or move a booked appointment (the reactions to the
// appointment_canceled and appointment_moved events): the booking's state, the private .ics feed (read from the
// booking, so it follows at once) and the Google Calendar event. Every step checks before it changes, so the job
// that runs them may run twice, or again after a crash between the agreement and the calendar update.
import { getBooking, markAppointmentCanceled } from "@/db/bookings";
import type { CallEvent } from "@/db/call-events";
import { getProvider } from "@/db/providers";
import {
  moveAppointmentInGoogleCalendar,
  removeAppointmentFromGoogleCalendar,
} from "@/lib/calendar/google/google-export";
import type { Clock } from "@/lib/clock";
import { logger } from "@/lib/logger";
import { sentence, sentenceTime } from "@/lib/sentences/sentence";

export async function afterAppointmentCanceled(event: CallEvent, clock: Clock): Promise<void> {
  if (event.type !== "appointment_canceled") return;
  const booking = await getBooking(event.bookingId);
  if (!booking) return;
  const provider = await getProvider(event.payload.provider_id);
  const when = sentenceTime(event.payload.slot.start, provider?.timeZone ?? booking.timeZone);
  const marked = await markAppointmentCanceled({
    bookingId: booking.id,
    slotStart: new Date(event.payload.slot.start),
    reason: provider
      ? sentence("statusAppointmentCancelledBy", { business: provider.name, when })
      : sentence("statusAppointmentCancelled", { when }),
    now: event.createdAt,
  });
  if (marked) logger.info("appointment cancelled by phone", { bookingId: booking.id, callId: event.callId });
  const removed = await removeAppointmentFromGoogleCalendar(
    { bookingId: booking.id, userId: booking.userId },
    clock,
  );
  if (removed === "deleted")
    logger.info("cancelled appointment removed from Google Calendar", { bookingId: booking.id });
}

export async function afterAppointmentMoved(event: CallEvent, clock: Clock): Promise<void> {
  if (event.type !== "appointment_moved") return;
  // The calendar always follows the booking's current slot, so a second move meanwhile is not undone.
  const result = await moveAppointmentInGoogleCalendar(event.bookingId, clock);
  if (result === "updated" || result === "created")
    logger.info("moved appointment updated in Google Calendar", { bookingId: event.bookingId });
}
