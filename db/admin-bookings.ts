// Queries for the admin bookings table and a booking's admin page: filtered, paginated listing, counts per status,
// every event of a booking, and the booking's resolution.
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import type { BookingRequest } from "@/lib/intake/booking-request";
import type { PgSelect } from "drizzle-orm/pg-core";
import { getDb } from "./client";
import { distinctCommaList, jsonText, likeIgnoringCase } from "./dialect-sql";
import {
  bookingResolutions,
  bookings,
  callEvents,
  calls,
  providers,
  user,
  type BookingResolutionRow,
  type BookingStatus,
  terminalCallStatuses,
  type CallEventRow,
} from "./schema";

export interface AdminBookingQuery {
  status?: BookingStatus;
  serviceType?: string;
  createdFrom?: Date;
  /** Exclusive. */
  createdBefore?: Date;
  /** A user id, or part of an email address. */
  user?: string;
  /** Only bookings with at least one call placed by this dialer. */
  dialer?: string;
  resolution?: "resolved" | "unresolved";
}

export interface AdminBookingRow {
  id: string;
  status: BookingStatus;
  statusReason: string | null;
  mode: "auto" | "review";
  request: BookingRequest;
  timeZone: string;
  createdAt: Date;
  userId: string;
  userEmail: string | null;
  userIsAnonymous: boolean;
  bookedProviderName: string | null;
  bookedSlotStart: Date | null;
  callsTotal: number;
  callsEnded: number;
  dialers: string[];
  resolvedAt: Date | null;
}

function conditionsFor(query: AdminBookingQuery, withStatus: boolean): SQL | undefined {
  const conditions: SQL[] = [];
  if (withStatus && query.status) conditions.push(eq(bookings.status, query.status));
  if (query.serviceType) {
    conditions.push(sql`${jsonText(bookings.request, "service_type")} = ${query.serviceType}`);
  }
  if (query.createdFrom) conditions.push(gte(bookings.createdAt, query.createdFrom));
  if (query.createdBefore) conditions.push(lt(bookings.createdAt, query.createdBefore));
  const who = query.user?.trim();
  if (who) {
    const pattern = `%${who.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    conditions.push(or(eq(bookings.userId, who), likeIgnoringCase(user.email, pattern))!);
  }
  if (query.dialer) {
    conditions.push(
      sql`exists (select 1 from ${calls} where ${calls.bookingId} = ${bookings.id} and ${calls.dialer} = ${query.dialer})`,
    );
  }
  if (query.resolution === "resolved") conditions.push(isNotNull(bookingResolutions.resolvedAt));
  if (query.resolution === "unresolved") conditions.push(isNull(bookingResolutions.resolvedAt));
  return and(...conditions);
}

/** Counting needs the person and resolution tables only when a filter reads them. */
function withFilterJoins<T extends PgSelect>(select: T, query: AdminBookingQuery): T {
  let joined = select;
  if (query.user?.trim()) joined = joined.leftJoin(user, eq(user.id, bookings.userId)) as unknown as T;
  if (query.resolution) {
    joined = joined.leftJoin(
      bookingResolutions,
      eq(bookingResolutions.bookingId, bookings.id),
    ) as unknown as T;
  }
  return joined;
}

/** The number of the listed booking's calls (those matching the condition, if one is given). */
function countCallsOfBooking(condition?: SQL): SQL<number> {
  return sql<number>`(select count(*) from ${calls}
    where ${and(eq(calls.bookingId, bookings.id), condition)})`.mapWith(Number);
}

export async function listAdminBookings(
  query: AdminBookingQuery,
  page: { limit: number; offset: number },
): Promise<{ rows: AdminBookingRow[]; total: number }> {
  const db = getDb();
  const where = conditionsFor(query, true);
  const rows = await db
    .select({
      id: bookings.id,
      status: bookings.status,
      statusReason: bookings.statusReason,
      mode: bookings.mode,
      request: bookings.request,
      timeZone: bookings.timeZone,
      createdAt: bookings.createdAt,
      userId: bookings.userId,
      userEmail: user.email,
      userIsAnonymous: user.isAnonymous,
      bookedProviderName: providers.name,
      bookedSlotStart: bookings.bookedSlotStart,
      callsTotal: countCallsOfBooking(),
      callsEnded: countCallsOfBooking(inArray(calls.status, [...terminalCallStatuses])),
      dialers: sql<string | null>`(select ${distinctCommaList(calls.dialer)} from ${calls}
        where ${calls.bookingId} = ${bookings.id})`,
      resolvedAt: bookingResolutions.resolvedAt,
    })
    .from(bookings)
    .leftJoin(user, eq(user.id, bookings.userId))
    .leftJoin(providers, eq(providers.id, bookings.bookedProviderId))
    .leftJoin(bookingResolutions, eq(bookingResolutions.bookingId, bookings.id))
    .where(where)
    .orderBy(desc(bookings.createdAt), desc(bookings.id))
    .limit(page.limit)
    .offset(page.offset);
  const [{ total }] = await withFilterJoins(
    db.select({ total: count() }).from(bookings).$dynamic(),
    query,
  ).where(where);
  return {
    rows: rows.map((row) => ({
      ...row,
      request: row.request as BookingRequest,
      userIsAnonymous: Boolean(row.userIsAnonymous),
      dialers: row.dialers ? row.dialers.split(",").sort() : [],
    })),
    total,
  };
}

/** Bookings per status under every filter except the status itself (the counts above the table). */
export async function countAdminBookingsByStatus(
  query: AdminBookingQuery,
): Promise<Partial<Record<BookingStatus, number>>> {
  const rows = await withFilterJoins(
    getDb().select({ status: bookings.status, count: count() }).from(bookings).$dynamic(),
    query,
  )
    .where(conditionsFor(query, false))
    .groupBy(bookings.status);
  return Object.fromEntries(rows.map((row) => [row.status, row.count]));
}

/** Every event of a booking, oldest first (the admin page shows whole timelines, not a live window). */
export async function listAllCallEventsForBooking(bookingId: string): Promise<CallEventRow[]> {
  return getDb()
    .select()
    .from(callEvents)
    .where(eq(callEvents.bookingId, bookingId))
    .orderBy(asc(callEvents.id));
}

export async function getBookingResolution(bookingId: string): Promise<BookingResolutionRow | undefined> {
  const [row] = await getDb()
    .select()
    .from(bookingResolutions)
    .where(eq(bookingResolutions.bookingId, bookingId))
    .limit(1);
  return row;
}

export async function getBookingOwner(
  userId: string,
): Promise<{ id: string; email: string; name: string; isAnonymous: boolean } | undefined> {
  const [row] = await getDb()
    .select({ id: user.id, email: user.email, name: user.name, isAnonymous: user.isAnonymous })
    .from(user)
    .where(eq(user.id, userId))
    .limit(1);
  return row ? { ...row, isAnonymous: Boolean(row.isAnonymous) } : undefined;
}

/** The distinct dialers that ever placed a call (the dialer filter's choices). */
export async function listKnownDialers(): Promise<string[]> {
  const rows = await getDb()
    .selectDistinct({ dialer: calls.dialer })
    .from(calls)
    .where(isNotNull(calls.dialer));
  return rows.map((row) => row.dialer!).sort();
}
