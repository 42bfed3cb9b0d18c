// Queries behind the admin overview, aggregated in SQLite: counts per quarter hour (every time zone's offset is a
// whole number of quarter hours, so each one falls on a single local date anywhere) and per status.
import { and, eq, gte, isNotNull, sql, type SQLWrapper } from "drizzle-orm";
import { getDb } from "./client";
import { bookings, calls, type BookingStatus, type CallStatus } from "./schema";

export const quarterHourMs = 15 * 60_000;
// A literal, not a bound parameter: better-sqlite3 binds JS numbers as REAL, and a REAL divisor would not bucket.
const bucketOf = (column: SQLWrapper) =>
  sql<number>`cast(${column} / ${sql.raw(String(quarterHourMs))} as integer)`;

export interface BucketCount<S> {
  /** Start of the quarter hour, in ms since the epoch divided by quarterHourMs. */
  bucket: number;
  status: S;
  count: number;
}

export async function countBookingsByQuarterHour(since: Date): Promise<Array<BucketCount<BookingStatus>>> {
  return getDb()
    .select({
      bucket: bucketOf(bookings.createdAt),
      status: bookings.status,
      count: sql<number>`count(*)`,
    })
    .from(bookings)
    .where(gte(bookings.createdAt, since))
    .groupBy(sql`1`, bookings.status)
    .all();
}

export async function countCallsByQuarterHour(since: Date): Promise<Array<BucketCount<CallStatus>>> {
  return getDb()
    .select({
      bucket: bucketOf(calls.createdAt),
      status: calls.status,
      count: sql<number>`count(*)`,
    })
    .from(calls)
    .where(gte(calls.createdAt, since))
    .groupBy(sql`1`, calls.status)
    .all();
}

/** Minutes from request to booked appointment, for each booking made since then and booked (one person's, if given). */
export async function listMinutesToBooked(since: Date, userId?: string): Promise<number[]> {
  return getDb()
    .select({ minutes: sql<number>`(${bookings.bookedAt} - ${bookings.createdAt}) / 60000.0` })
    .from(bookings)
    .where(
      and(
        gte(bookings.createdAt, since),
        eq(bookings.status, "booked"),
        isNotNull(bookings.bookedAt),
        userId === undefined ? undefined : eq(bookings.userId, userId),
      ),
    )
    .all()
    .map((row) => row.minutes);
}
