// Queries behind the admin overview's spend: calls actually dialed, per quarter hour of their start and per
// dialer, with the seconds they lasted (from dialing to their end; calls still running count no time yet).
import { and, count, gte, isNotNull, sql } from "drizzle-orm";
import { quarterHourMs } from "./admin-overview";
import { getDb } from "./client";
import { epochBucket, epochMs, greatest } from "./dialect-sql";
import { calls } from "./schema";

export interface DialedBucket {
  /** Start of the quarter hour, in ms since the epoch divided by quarterHourMs. */
  bucket: number;
  dialer: string | null;
  count: number;
  seconds: number;
}

export async function countDialedCallsByQuarterHour(since: Date): Promise<DialedBucket[]> {
  const lasted = greatest(0, sql`${epochMs(calls.endedAt)} - ${epochMs(calls.startedAt)}`);
  return getDb()
    .select({
      bucket: epochBucket(calls.startedAt, quarterHourMs),
      dialer: calls.dialer,
      count: count(),
      seconds: sql<number>`coalesce(sum(case when ${calls.endedAt} is not null
        then ${lasted} / 1000.0 else 0 end), 0)`.mapWith(Number),
    })
    .from(calls)
    .where(and(isNotNull(calls.startedAt), gte(calls.startedAt, since)))
    .groupBy(sql`1`, calls.dialer);
}
