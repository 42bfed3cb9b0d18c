// Queries behind a person's dashboard: their calls by status and their upcoming booked appointments.
import { and, asc, count, eq, gt, isNotNull } from "drizzle-orm";
import { getDb } from "./client";
import { jsonText } from "./dialect-sql";
import { bookings, calls, providers, type CallStatus } from "./schema";

export async function countCallsByStatusForUser(
  userId: string,
): Promise<Array<{ status: CallStatus; count: number }>> {
  return getDb()
    .select({ status: calls.status, count: count() })
    .from(calls)
    .where(eq(calls.userId, userId))
    .groupBy(calls.status);
}

export interface UpcomingAppointmentRow {
  bookingId: string;
  providerName: string | null;
  serviceType: string | null;
  timeZone: string;
  start: Date;
  end: Date | null;
}

/** The person's booked appointments that start after `now`, soonest first. */
export async function listUpcomingAppointmentsForUser(
  userId: string,
  now: Date,
  limit = 5,
): Promise<UpcomingAppointmentRow[]> {
  const rows = await getDb()
    .select({
      bookingId: bookings.id,
      providerName: providers.name,
      serviceType: jsonText(bookings.request, "service_type"),
      timeZone: bookings.timeZone,
      start: bookings.bookedSlotStart,
      end: bookings.bookedSlotEnd,
    })
    .from(bookings)
    .leftJoin(providers, eq(providers.id, bookings.bookedProviderId))
    .where(
      and(
        eq(bookings.userId, userId),
        eq(bookings.status, "booked"),
        isNotNull(bookings.bookedSlotStart),
        gt(bookings.bookedSlotStart, now),
      ),
    )
    .orderBy(asc(bookings.bookedSlotStart))
    .limit(limit);
  return rows.map((row) => ({ ...row, start: row.start! }));
}
