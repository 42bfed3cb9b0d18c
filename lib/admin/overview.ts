// The admin overview: bookings and calls per day, the booking success rate, the median time from request to a
// booked appointment, and calls by outcome, over the last N days in the admin time zone.
import { z } from "zod";
import {
  countBookingsByQuarterHour,
  countCallsByQuarterHour,
  listMinutesToBooked,
  quarterHourMs,
} from "@/db/admin-overview";
import { terminalCallStatuses, type CallStatus } from "@/db/schema";
import type { Clock } from "@/lib/clock";
import { addDays, localDateOf, type LocalDate } from "@/lib/providers/opening-hours";
import { adminTimeZone, startOfLocalDate } from "./admin-time";

export const overviewRanges = [7, 14, 30, 90] as const;
export const overviewQuerySchema = z
  .object({
    days: z.coerce
      .number()
      .pipe(z.union(overviewRanges.map((n) => z.literal(n))))
      .default(14),
  })
  .strict();

export interface DayCounts {
  date: LocalDate;
  bookings: number;
  booked: number;
  calls: number;
}

export interface Overview {
  time_zone: string;
  days: DayCounts[];
  totals: { bookings: number; booked: number; not_booked: number; calls: number };
  /** Booked ÷ (booked + not booked) among bookings that finished; null when none has. */
  success_rate: number | null;
  /** Median minutes from the request to the booked appointment; null when nothing was booked. */
  median_minutes_to_booked: number | null;
  /** Ended calls by how they ended, most frequent first. */
  calls_by_outcome: Array<{ status: CallStatus; count: number }>;
}

export async function loadOverview(
  days: number,
  clock: Clock,
  timeZone = adminTimeZone(),
): Promise<Overview> {
  const today = localDateOf(clock.now(), timeZone);
  const firstDay = addDays(today, -(days - 1));
  const since = startOfLocalDate(firstDay, timeZone);
  const [bookingCounts, callCounts, minutesToBooked] = await Promise.all([
    countBookingsByQuarterHour(since),
    countCallsByQuarterHour(since),
    listMinutesToBooked(since),
  ]);

  const byDay = new Map<LocalDate, DayCounts>();
  for (let date = firstDay; date <= today; date = addDays(date, 1)) {
    byDay.set(date, { date, bookings: 0, booked: 0, calls: 0 });
  }
  const dayOf = (bucket: number) => byDay.get(localDateOf(new Date(bucket * quarterHourMs), timeZone));
  const totals = { bookings: 0, booked: 0, not_booked: 0, calls: 0 };
  for (const { bucket, status, count } of bookingCounts) {
    const day = dayOf(bucket);
    if (day) {
      day.bookings += count;
      if (status === "booked") day.booked += count;
    }
    totals.bookings += count;
    if (status === "booked") totals.booked += count;
    if (status === "failed") totals.not_booked += count;
  }
  const outcomes = new Map<CallStatus, number>();
  for (const { bucket, status, count } of callCounts) {
    const day = dayOf(bucket);
    if (day) day.calls += count;
    totals.calls += count;
    if (terminalCallStatuses.includes(status)) outcomes.set(status, (outcomes.get(status) ?? 0) + count);
  }
  const finished = totals.booked + totals.not_booked;
  return {
    time_zone: timeZone,
    days: [...byDay.values()],
    totals,
    success_rate: finished > 0 ? totals.booked / finished : null,
    median_minutes_to_booked: median(minutesToBooked),
    calls_by_outcome: [...outcomes.entries()]
      .map(([status, count]) => ({ status, count }))
      .sort((a, b) => b.count - a.count || a.status.localeCompare(b.status)),
  };
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
