// Google Places opening periods (day 0 = Sunday, open/close points, possibly crossing midnight or the week's end)
// as CallPilot's weekly OpeningHours: one list of same-day intervals per weekday.
import { weekdays, type OpeningHours, type Weekday } from "./opening-hours";

export interface PlacesPeriodPoint {
  day: number;
  hour: number;
  minute: number;
}

export interface PlacesPeriod {
  open: PlacesPeriodPoint;
  close?: PlacesPeriodPoint;
}

const dayMinutes = 24 * 60;
const weekMinutes = 7 * dayMinutes;

/** Minutes since Sunday 00:00 of the place's week. */
const weekMinuteOf = (point: PlacesPeriodPoint) => point.day * dayMinutes + point.hour * 60 + point.minute;

/** Google counts from Sunday; CallPilot's weekdays start on Monday. */
const weekdayOfGoogleDay = (day: number): Weekday => weekdays[(day + 6) % 7];

const clockOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/**
 * Converts periods, splitting any that run past midnight into one interval per day ("Fri 18:00 – Sat 02:00"
 * becomes Fri 18:00–24:00 and Sat 00:00–02:00). A single period that opens Sunday 00:00 and never closes is
 * Google's way of saying open around the clock.
 */
export function openingHoursFromPlaces(periods: readonly PlacesPeriod[]): OpeningHours {
  const byDay = new Map<Weekday, Array<[number, number]>>();
  const add = (day: Weekday, start: number, end: number) => {
    if (end > start) byDay.set(day, [...(byDay.get(day) ?? []), [start, end]]);
  };

  for (const period of periods) {
    if (!period.close) {
      if (weekMinuteOf(period.open) === 0) for (const day of weekdays) add(day, 0, dayMinutes);
      continue; // An open point without a close, other than the 24/7 marker, says nothing usable.
    }
    const start = weekMinuteOf(period.open);
    let end = weekMinuteOf(period.close);
    if (end <= start) end += weekMinutes; // Closes after the week wraps (Sat 22:00 – Sun 02:00).
    for (let dayStart = Math.floor(start / dayMinutes) * dayMinutes; dayStart < end; dayStart += dayMinutes) {
      const from = Math.max(start, dayStart) - dayStart;
      const to = Math.min(end, dayStart + dayMinutes) - dayStart;
      add(weekdayOfGoogleDay((dayStart / dayMinutes) % 7), from, to);
    }
  }

  const hours: OpeningHours = {};
  for (const day of weekdays) {
    const intervals = mergeIntervals(byDay.get(day) ?? []);
    if (intervals.length > 0) hours[day] = intervals.map(([from, to]) => [clockOf(from), clockOf(to)]);
  }
  return hours;
}

/** Sorted, with overlapping or touching intervals joined (two periods meeting at midnight become one day-long one). */
function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
