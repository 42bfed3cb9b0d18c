// Queries behind the admin overview's spend: calls actually dialed, per quarter hour of their start and per
// dialer, with the seconds they lasted (from dialing to their end; calls still running count no time yet).
import { sql } from "drizzle-orm";
import { quarterHourMs } from "./admin-overview";
import { getDb } from "./client";
import { calls } from "./schema";

export interface DialedBucket {
  /** Start of the quarter hour, in ms since the epoch divided by quarterHourMs. */
  bucket: number;
  dialer: string | null;
  count: number;
  seconds: number;
}

export async function countDialedCallsByQuarterHour(since: Date): Promise<DialedBucket[]> {
  return getDb().all<DialedBucket>(sql`
    select cast(${calls.startedAt} / ${sql.raw(String(quarterHourMs))} as integer) as bucket,
           ${calls.dialer} as dialer,
           count(*) as count,
           coalesce(sum(case when ${calls.endedAt} is not null
                             then max(0, ${calls.endedAt} - ${calls.startedAt}) / 1000.0 else 0 end), 0) as seconds
    from ${calls}
    where ${calls.startedAt} is not null and ${calls.startedAt} >= ${since.getTime()}
    group by 1, 2`);
}
