// How much of the time a person asked for (a date window, a time of day) a business is open: a business open for
// none of it is never called, and one open for more of it is preferred.
import type { DateWindow, TimeOfDay } from "@/lib/intake/booking-request";
import {
  addDays,
  localDateOf,
  minutesOf,
  openIntervals,
  wallClockInstant,
  weekdays,
  type Interval,
  type OpeningHours,
} from "./opening-hours";

export interface OpenTime {
  /** Minutes of the request: the window's days ∩ the time of day (one week's worth when there is no window). */
  requestedMinutes: number;
  /** Of those, the minutes the business is open. */
  openMinutes: number;
}

/** A window longer than this is judged by its first weeks; the hours repeat weekly, so the answer barely changes. */
const MAX_WINDOW_DAYS = 62;
const MINUTE_MS = 60_000;

/**
 * The time of day is read as wall-clock time where the business is: "mornings" means the business's mornings,
 * which is what a person booking locally means.
 */
export function openTimeDuringRequest(
  hours: OpeningHours,
  timeZone: string,
  window: DateWindow | null,
  timeOfDay: TimeOfDay | null,
): OpenTime {
  if (!window) return weeklyOpenTime(hours, timeOfDay);
  let requestedMinutes = 0;
  let openMinutes = 0;
  for (const period of requestedPeriods(window, timeOfDay, timeZone)) {
    requestedMinutes += lengthInMinutes(period);
    for (const open of openIntervals(hours, timeZone, period.start, period.end))
      openMinutes += lengthInMinutes(open);
  }
  return { requestedMinutes, openMinutes };
}

function requestedPeriods(window: DateWindow, timeOfDay: TimeOfDay | null, timeZone: string): Interval[] {
  const from = Date.parse(window.start);
  const to = Math.min(Date.parse(window.end), from + MAX_WINDOW_DAYS * 24 * 60 * MINUTE_MS);
  if (!timeOfDay) return from < to ? [{ start: new Date(from), end: new Date(to) }] : [];
  const periods: Interval[] = [];
  const lastDay = localDateOf(new Date(to), timeZone);
  for (let day = localDateOf(new Date(from), timeZone); day <= lastDay; day = addDays(day, 1)) {
    const start = Math.max(wallClockInstant(day, timeOfDay.start, timeZone), from);
    const end = Math.min(wallClockInstant(day, timeOfDay.end, timeZone), to);
    if (start < end) periods.push({ start: new Date(start), end: new Date(end) });
  }
  return periods;
}

function weeklyOpenTime(hours: OpeningHours, timeOfDay: TimeOfDay | null): OpenTime {
  const from = timeOfDay ? minutesOf(timeOfDay.start) : 0;
  const to = timeOfDay ? minutesOf(timeOfDay.end) : 24 * 60;
  let openMinutes = 0;
  for (const day of weekdays) {
    for (const [open, close] of hours[day] ?? []) {
      openMinutes += Math.max(0, Math.min(minutesOf(close), to) - Math.max(minutesOf(open), from));
    }
  }
  return { requestedMinutes: weekdays.length * (to - from), openMinutes };
}

function lengthInMinutes(interval: Interval): number {
  return (interval.end.getTime() - interval.start.getTime()) / MINUTE_MS;
}
