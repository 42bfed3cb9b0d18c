// Queries behind the admin overview, aggregated in the database: counts per quarter hour (every time zone's offset
// is a whole number of quarter hours, so each one falls on a single local date anywhere) and per status.
import { and, count, eq, gte, isNotNull, sql } from "drizzle-orm";
import { getDb } from "./client";
import { epochBucket, epochMs } from "./dialect-sql";
import { bookings, calls, type BookingStatus, type CallStatus } from "./schema";

export const quarterHourMs = 15 * 60_000;

export interface BucketCount<S> {
  /** Start of the quarter hour, in ms since the epoch divided by quarterHourMs. */
  bucket: number;
  status: S;
  count: number;
}

export async function countBookingsByQuarterHour(since: Date): Promise<Array<BucketCount<BookingStatus>>> {
  return getDb()
    .select({
      bucket: epochBucket(bookings.createdAt, quarterHourMs),
      status: bookings.status,
      count: count(),
    })
    .from(bookings)
    .where(gte(bookings.createdAt, since))
    .groupBy(sql`1`, bookings.status);
}

export async function countCallsByQuarterHour(since: Date): Promise<Array<BucketCount<CallStatus>>> {
  return getDb()
    .select({
      bucket: epochBucket(calls.createdAt, quarterHourMs),
      status: calls.status,
      count: count(),
    })
    .from(calls)
    .where(gte(calls.createdAt, since))
    .groupBy(sql`1`, calls.status);
}

/** Minutes from request to booked appointment, for each booking made since then and booked (one person's, if given). */
export async function listMinutesToBooked(since: Date, userId?: string): Promise<number[]> {
  const rows = await getDb()
    .select({
      minutes:
        sql<number>`(${epochMs(bookings.bookedAt)} - ${epochMs(bookings.createdAt)}) / 60000.0`.mapWith(
          Number,
        ),
    })
    .from(bookings)
    .where(
      and(
        gte(bookings.createdAt, since),
        eq(bookings.status, "booked"),
        isNotNull(bookings.bookedAt),
        userId === undefined ? undefined : eq(bookings.userId, userId),
      ),
    );
  return rows.map((row) => row.minutes);
}
