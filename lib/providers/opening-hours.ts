// Weekly opening hours in a provider's own time zone: is it open at an instant, when does it next open, which
// stretches of a period is it open. The dispatcher never dials outside these; receptionists only offer slots inside them.
import { DateTime } from "luxon";
import { z } from "zod";
import { clockTimeSchema } from "@/lib/intake/booking-request";

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

const intervalSchema = z
  .tuple([clockTimeSchema, clockTimeSchema])
  .refine(([open, close]) => open < close, "an opening interval must open before it closes");

/** A missing day means closed that day. Times are wall-clock times in the provider's time zone. */
export const openingHoursSchema = z.partialRecord(z.enum(weekdays), z.array(intervalSchema));
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export interface Interval {
  start: Date;
  end: Date;
}

/** Minutes since midnight of an "HH:MM" clock time ("24:00" is 1440). */
export function minutesOf(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return h * 60 + m;
}

function weekdayOf(day: DateTime): Weekday {
  return weekdays[day.weekday - 1];
}

/** The instant a wall-clock time falls on a local day; set() rather than adding minutes keeps DST days right. */
function clockOn(day: DateTime, clock: string): Date {
  const minutes = minutesOf(clock);
  if (minutes === 24 * 60) return day.startOf("day").plus({ days: 1 }).toJSDate();
  return day
    .startOf("day")
    .set({ hour: Math.floor(minutes / 60), minute: minutes % 60 })
    .toJSDate();
}

/** The open intervals of one local calendar day, as instants. */
function intervalsOnDay(hours: OpeningHours, day: DateTime): Interval[] {
  return (hours[weekdayOf(day)] ?? []).map(([open, close]) => ({
    start: clockOn(day, open),
    end: clockOn(day, close),
  }));
}

/** Every open interval overlapping [from, to), clipped to it, in order. */
export function openIntervals(hours: OpeningHours, timeZone: string, from: Date, to: Date): Interval[] {
  const result: Interval[] = [];
  let day = DateTime.fromJSDate(from, { zone: timeZone }).startOf("day").minus({ days: 1 });
  const lastDay = DateTime.fromJSDate(to, { zone: timeZone }).startOf("day");
  while (day <= lastDay) {
    for (const interval of intervalsOnDay(hours, day)) {
      const start = Math.max(interval.start.getTime(), from.getTime());
      const end = Math.min(interval.end.getTime(), to.getTime());
      if (start < end) result.push({ start: new Date(start), end: new Date(end) });
    }
    day = day.plus({ days: 1 });
  }
  return result;
}

export function isOpenAt(hours: OpeningHours, timeZone: string, at: Date): boolean {
  const day = DateTime.fromJSDate(at, { zone: timeZone });
  return intervalsOnDay(hours, day).some((i) => i.start <= at && at < i.end);
}

/** The next instant at or after `after` when the provider is open, looking up to two weeks ahead; null if never. */
export function nextOpeningAt(hours: OpeningHours, timeZone: string, after: Date): Date | null {
  if (isOpenAt(hours, timeZone, after)) return after;
  const horizon = new Date(after.getTime() + 14 * 24 * 3600_000);
  const [first] = openIntervals(hours, timeZone, after, horizon);
  return first ? first.start : null;
}

/** Whether the whole slot lies inside one open interval. */
export function isOpenThroughout(hours: OpeningHours, timeZone: string, slot: Interval): boolean {
  return openIntervals(hours, timeZone, slot.start, slot.end).some(
    (i) => i.start.getTime() === slot.start.getTime() && i.end.getTime() === slot.end.getTime(),
  );
}
