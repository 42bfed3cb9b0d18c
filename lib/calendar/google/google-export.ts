// Writes a booked appointment into the person's Google Calendar when they connected it, moves it when the business
// moved it, and removes it when the business cancelled it. The event id is derived from the booking, so however many
// times this runs (retries, two processes) the calendar holds it once.
import { getBookedAppointment, type BookedAppointment } from "@/db/calendar-appointments";
import type { Clock } from "@/lib/clock";
import { getConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import { appointmentEntry } from "../appointment-entry";
import { sha256Hex } from "../secret-box";
import { deleteEvent, insertEvent, updateEvent, type GoogleCalendarEvent } from "./google-calendar-api";
import { withGoogleAccess } from "./google-connection";
import { isGoogleCalendarConfigured } from "./google-oauth";

/** Google event ids are base32hex (a–v, 0–9), 5–1024 characters; hex digits are a subset. */
export const googleEventIdFor = (bookingId: string) => `cp${sha256Hex(bookingId)}`;

export type ExportResult = "created" | "exists" | "not_connected" | "not_booked";

export async function addAppointmentToGoogleCalendar(bookingId: string, clock: Clock): Promise<ExportResult> {
  if (!isGoogleCalendarConfigured(getConfig())) return "not_connected";
  const appointment = await getBookedAppointment(bookingId);
  if (!appointment) return "not_booked";
  const result = await withGoogleAccess(appointment.userId, clock, AbortSignal.timeout(15_000), (access) =>
    insertEvent({ ...access, event: googleEventFor(appointment) }, AbortSignal.timeout(15_000)),
  );
  return result ?? "not_connected";
}

function googleEventFor(appointment: BookedAppointment): GoogleCalendarEvent {
  const entry = appointmentEntry(appointment);
  return {
    id: googleEventIdFor(appointment.bookingId),
    iCalUID: entry.uid,
    summary: entry.title,
    location: entry.location,
    description: entry.description,
    start: { dateTime: entry.start.toISOString(), timeZone: entry.timeZone },
    end: { dateTime: entry.end.toISOString(), timeZone: entry.timeZone },
  };
}

/** The business moved the appointment: the event follows (added when it was missing). */
export async function moveAppointmentInGoogleCalendar(
  bookingId: string,
  clock: Clock,
): Promise<ExportResult | "updated"> {
  if (!isGoogleCalendarConfigured(getConfig())) return "not_connected";
  const appointment = await getBookedAppointment(bookingId);
  if (!appointment) return "not_booked";
  const result = await withGoogleAccess(appointment.userId, clock, AbortSignal.timeout(15_000), (access) =>
    updateEvent({ ...access, event: googleEventFor(appointment) }, AbortSignal.timeout(15_000)),
  );
  if (result === "missing") return addAppointmentToGoogleCalendar(bookingId, clock);
  return result ?? "not_connected";
}

/** The business cancelled the appointment: its event leaves the person's calendar (nothing when already gone). */
export async function removeAppointmentFromGoogleCalendar(
  input: { bookingId: string; userId: string },
  clock: Clock,
): Promise<"deleted" | "missing" | "not_connected"> {
  if (!isGoogleCalendarConfigured(getConfig())) return "not_connected";
  const result = await withGoogleAccess(input.userId, clock, AbortSignal.timeout(15_000), (access) =>
    deleteEvent({ ...access, eventId: googleEventIdFor(input.bookingId) }, AbortSignal.timeout(15_000)),
  );
  return result ?? "not_connected";
}

/** Fire and forget from the booking path: the agent's answer never waits on Google. */
export function addAppointmentToGoogleCalendarInBackground(bookingId: string, clock: Clock): Promise<void> {
  return addAppointmentToGoogleCalendar(bookingId, clock).then(
    (result) => {
      if (result === "created") logger.info("booked appointment added to Google Calendar", { bookingId });
    },
    (error: unknown) =>
      logger.warn("the booked appointment could not be added to Google Calendar", { error, bookingId }),
  );
}
