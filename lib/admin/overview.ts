// The admin overview: bookings and calls per day, calls dialed and their estimated spend per day, the booking
// success rate, the median time from request to a booked appointment, and calls by outcome, over the last N days
// in the admin time zone.
import { z } from "zod";
import {
  countBookingsByQuarterHour,
  countCallsByQuarterHour,
  listMinutesToBooked,
  quarterHourMs,
} from "@/db/admin-overview";
import { countDialedCallsByQuarterHour } from "@/db/call-spend";
import { terminalCallStatuses, type CallStatus } from "@/db/schema";
import { getConfig } from "@/lib/config";
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
  /** Calls actually dialed that day (by their start), and what they are estimated to have cost. */
  dialed: number;
  talk_minutes: number;
  spend_usd: number;
}

export interface Overview {
  time_zone: string;
  days: DayCounts[];
  totals: {
    bookings: number;
    booked: number;
    not_booked: number;
    calls: number;
    dialed: number;
    talk_minutes: number;
    spend_usd: number;
  };
  /** The cost settings the spend is estimated with (simulated calls cost nothing). */
  cost: { per_minute_usd: number; per_call_usd: number };
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
  const [bookingCounts, callCounts, minutesToBooked, dialedCounts] = await Promise.all([
    countBookingsByQuarterHour(since),
    countCallsByQuarterHour(since),
    listMinutesToBooked(since),
    countDialedCallsByQuarterHour(since),
  ]);
  const config = getConfig();
  const cost = {
    per_minute_usd: config.CALL_COST_PER_MINUTE_USD,
    per_call_usd: config.CALL_COST_PER_CALL_USD,
  };

  const byDay = new Map<LocalDate, DayCounts>();
  for (let date = firstDay; date <= today; date = addDays(date, 1)) {
    byDay.set(date, { date, bookings: 0, booked: 0, calls: 0, dialed: 0, talk_minutes: 0, spend_usd: 0 });
  }
  const dayOf = (bucket: number) => byDay.get(localDateOf(new Date(bucket * quarterHourMs), timeZone));
  const totals = {
    bookings: 0,
    booked: 0,
    not_booked: 0,
    calls: 0,
    dialed: 0,
    talk_minutes: 0,
    spend_usd: 0,
  };
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
  for (const { bucket, dialer, count, seconds } of dialedCounts) {
    const minutes = seconds / 60;
    // The simulation phones nobody: its calls are counted, and cost nothing.
    const spend = dialer === "simulated" ? 0 : count * cost.per_call_usd + minutes * cost.per_minute_usd;
    const day = dayOf(bucket);
    if (day) {
      day.dialed += count;
      day.talk_minutes += minutes;
      day.spend_usd += spend;
    }
    totals.dialed += count;
    totals.talk_minutes += minutes;
    totals.spend_usd += spend;
  }
  const finished = totals.booked + totals.not_booked;
  return {
    time_zone: timeZone,
    days: [...byDay.values()].map(roundSpend),
    totals: roundSpend(totals),
    cost,
    success_rate: finished > 0 ? totals.booked / finished : null,
    median_minutes_to_booked: median(minutesToBooked),
    calls_by_outcome: [...outcomes.entries()]
      .map(([status, count]) => ({ status, count }))
      .sort((a, b) => b.count - a.count || a.status.localeCompare(b.status)),
  };
}

/** Cents and tenths of a minute are as precise as an estimate gets. */
function roundSpend<T extends { talk_minutes: number; spend_usd: number }>(figures: T): T {
  return {
    ...figures,
    talk_minutes: Math.round(figures.talk_minutes * 10) / 10,
    spend_usd: Math.round(figures.spend_usd * 100) / 100,
  };
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
