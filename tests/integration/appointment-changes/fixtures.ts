// A booked appointment of a signed-in person with a chosen demo business, built directly in the database, and the
// routes and views the appointment-change tests drive.
import { eq } from "drizzle-orm";
import { DateTime } from "luxon";
import { POST as postCancelAppointment } from "@/app/api/booking/[id]/cancel-appointment/route";
import { POST as postReschedule } from "@/app/api/booking/[id]/reschedule/route";
import { GET as getBookingRoute } from "@/app/api/booking/[id]/route";
import { createBookingWithCalls } from "@/db/bookings";
import { getDb } from "@/db/client";
import { bookings } from "@/db/schema";
import { getAuth } from "@/lib/auth/auth";
import type { BookingView } from "@/lib/booking/booking-view";
import { feedCalendar, issueFeedToken } from "@/lib/calendar/booking-feed";
import { systemClock } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { dentistRequest } from "../support/booking-fixtures";
import { anonymousSession, jsonRequest, params } from "../helpers";

/** Demo dentists by how their simulated receptionist behaves (lib/providers/demo-directory.ts). */
export const dentists = {
  agrees: "dentist-cambridge-ma-1",
  neverAnswers: "dentist-cambridge-ma-3",
  onlyLaterSlots: "dentist-new-york-ny-2",
  insistsOnThePerson: "dentist-london-uk-2",
} as const;

export interface BookedAppointment {
  cookie: string;
  userId: string;
  bookingId: string;
  slot: { start: string; end: string };
}

/** Two weekdays ahead at 10:00 in Boston: a booked appointment still to come. */
export function upcomingSlot(now = new Date()): { start: string; end: string } {
  let day = DateTime.fromJSDate(now, { zone: "America/New_York" }).plus({ days: 2 });
  while (day.weekday > 5) day = day.plus({ days: 1 });
  const start = day.set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
  return { start: start.toUTC().toISO()!, end: start.plus({ hours: 1 }).toUTC().toISO()! };
}

export async function bookedAppointment(
  providerId: string,
  cookie?: string,
  taskId: string | null = null,
): Promise<BookedAppointment> {
  const session = cookie ?? (await anonymousSession());
  const userId = (await getAuth().api.getSession({ headers: new Headers({ cookie: session }) }))!.user.id;
  const bookingId = newId("bkg");
  const now = new Date();
  await createBookingWithCalls({
    id: bookingId,
    taskId,
    userId,
    mode: "auto",
    swarmSize: 1,
    request: dentistRequest(now),
    timeZone: "America/New_York",
    origin: null,
    calls: [],
    skipped: [],
    now,
  });
  const slot = upcomingSlot(now);
  await getDb()
    .update(bookings)
    .set({
      status: "booked",
      bookedProviderId: providerId,
      bookedSlotStart: new Date(slot.start),
      bookedSlotEnd: new Date(slot.end),
      bookedAt: now,
    })
    .where(eq(bookings.id, bookingId));
  return { cookie: session, userId, bookingId, slot };
}

export async function cancelAppointmentRoute(cookie: string, bookingId: string, body: unknown = {}) {
  const response = await postCancelAppointment(
    jsonRequest(`/api/booking/${bookingId}/cancel-appointment`, { cookie, body }),
    params({ id: bookingId }),
  );
  return { status: response.status, body: await response.json() };
}

export async function rescheduleRoute(cookie: string, bookingId: string, body: unknown) {
  const response = await postReschedule(
    jsonRequest(`/api/booking/${bookingId}/reschedule`, { cookie, body }),
    params({ id: bookingId }),
  );
  return { status: response.status, body: await response.json() };
}

export async function bookingView(cookie: string, bookingId: string): Promise<BookingView> {
  const response = await getBookingRoute(
    jsonRequest(`/api/booking/${bookingId}`, { cookie }),
    params({ id: bookingId }),
  );
  return response.json();
}

/** The person's private .ics feed, as a calendar app would fetch it. */
export async function feedOf(userId: string): Promise<() => Promise<string>> {
  const { url } = await issueFeedToken(userId, "http://127.0.0.1:3000", systemClock);
  const token = url!.split("/feed/")[1];
  return () => feedCalendar(token);
}

/** DTSTART of the booking's event in a feed's text, or null when the feed does not hold it. */
export function feedStartOf(feed: string, bookingId: string): string | null {
  const event = feed.split("BEGIN:VEVENT").find((chunk) => chunk.includes(`UID:${bookingId}@callpilot`));
  return event ? (/DTSTART[^:]*:(\S+)/.exec(event)?.[1] ?? null) : null;
}
