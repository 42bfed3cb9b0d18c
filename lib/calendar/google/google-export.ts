// Writes a booked appointment into the person's Google Calendar when they connected it. The event id is derived
// from the booking, so however many times this runs (retries, two processes) the calendar holds it once.
import { getBookedAppointment } from "@/db/calendar-appointments";
import type { Clock } from "@/lib/clock";
import { getConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import { appointmentEntry } from "../appointment-entry";
import { sha256Hex } from "../secret-box";
import { insertEvent } from "./google-calendar-api";
import { withGoogleAccess } from "./google-connection";
import { isGoogleCalendarConfigured } from "./google-oauth";

/** Google event ids are base32hex (a–v, 0–9), 5–1024 characters; hex digits are a subset. */
export const googleEventIdFor = (bookingId: string) => `cp${sha256Hex(bookingId)}`;

export type ExportResult = "created" | "exists" | "not_connected" | "not_booked";

export async function addAppointmentToGoogleCalendar(bookingId: string, clock: Clock): Promise<ExportResult> {
  if (!isGoogleCalendarConfigured(getConfig())) return "not_connected";
  const appointment = await getBookedAppointment(bookingId);
  if (!appointment) return "not_booked";
  const entry = appointmentEntry(appointment);
  const result = await withGoogleAccess(appointment.userId, clock, AbortSignal.timeout(15_000), (access) =>
    insertEvent(
      {
        ...access,
        event: {
          id: googleEventIdFor(bookingId),
          iCalUID: entry.uid,
          summary: entry.title,
          location: entry.location,
          description: entry.description,
          start: { dateTime: entry.start.toISOString(), timeZone: entry.timeZone },
          end: { dateTime: entry.end.toISOString(), timeZone: entry.timeZone },
        },
      },
      AbortSignal.timeout(15_000),
    ),
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
