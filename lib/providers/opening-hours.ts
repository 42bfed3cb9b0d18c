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

/** A local calendar date, "YYYY-MM-DD", stepped with plain date arithmetic (no zone involved). */
export type LocalDate = string;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date an instant falls on in a zone ("en-CA" formats dates as YYYY-MM-DD). */
export function localDateOf(at: Date, timeZone: string): LocalDate {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dateFormats.set(timeZone, format);
  }
  return format.format(at);
}

// Date arithmetic on local dates runs thousands of times per provider selection (every day of every window of every
// candidate): both answers are pure, so bounded memos keep them off the profile.
const dateMemoLimit = 20_000;
const addDaysMemo = new Map<string, LocalDate>();
const weekdayMemo = new Map<LocalDate, Weekday>();

export function addDays(date: LocalDate, days: number): LocalDate {
  const key = `${date}|${days}`;
  let result = addDaysMemo.get(key);
  if (result === undefined) {
    const [y, m, d] = date.split("-").map(Number);
    result = new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
    if (addDaysMemo.size >= dateMemoLimit) addDaysMemo.clear();
    addDaysMemo.set(key, result);
  }
  return result;
}

function weekdayOf(date: LocalDate): Weekday {
  let weekday = weekdayMemo.get(date);
  if (weekday === undefined) {
    const [y, m, d] = date.split("-").map(Number);
    weekday = weekdays[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7];
    if (weekdayMemo.size >= dateMemoLimit) weekdayMemo.clear();
    weekdayMemo.set(date, weekday);
  }
  return weekday;
}

// Converting a wall-clock time to an instant in a zone is the costly step (luxon and Intl), and the same few
// opening times on the same few dates are asked for again and again while providers are selected and slots
// offered; a bounded memo of this pure function keeps provider selection in the low milliseconds.
const wallClockMemo = new Map<string, number>();
const wallClockMemoLimit = 50_000;

/** The instant a wall-clock time falls on a local date; set() rather than adding minutes keeps DST days right. */
export function wallClockInstant(date: LocalDate, clock: string, timeZone: string): number {
  const key = `${timeZone}|${date}|${clock}`;
  const cached = wallClockMemo.get(key);
  if (cached !== undefined) return cached;
  const minutes = minutesOf(clock);
  const midnight = DateTime.fromISO(date, { zone: timeZone }).startOf("day");
  const instant =
    minutes === 24 * 60
      ? midnight.plus({ days: 1 }).startOf("day").toMillis()
      : midnight.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
  if (wallClockMemo.size >= wallClockMemoLimit) wallClockMemo.clear();
  wallClockMemo.set(key, instant);
  return instant;
}

/**
 * Whether a slot lies within a wall-clock range ("08:00"–"12:00") of the local day it starts on. A slot ending at
 * midnight ends at 24:00 of its day; one crossing midnight fits no range.
 */
export function isWithinClockRange(
  slot: { start: Date; end: Date },
  range: { start: string; end: string },
  timeZone: string,
): boolean {
  const date = localDateOf(slot.start, timeZone);
  return (
    slot.start.getTime() >= wallClockInstant(date, range.start, timeZone) &&
    slot.end.getTime() <= wallClockInstant(date, range.end, timeZone)
  );
}

/** The open intervals of one local calendar day, as instants (milliseconds). */
function intervalsOnDay(
  hours: OpeningHours,
  date: LocalDate,
  timeZone: string,
): Array<{ start: number; end: number }> {
  return (hours[weekdayOf(date)] ?? []).map(([open, close]) => ({
    start: wallClockInstant(date, open, timeZone),
    end: wallClockInstant(date, close, timeZone),
  }));
}

/** Every open interval overlapping [from, to), clipped to it, in order. */
export function openIntervals(hours: OpeningHours, timeZone: string, from: Date, to: Date): Interval[] {
  const result: Interval[] = [];
  const lastDay = localDateOf(to, timeZone);
  for (let date = addDays(localDateOf(from, timeZone), -1); date <= lastDay; date = addDays(date, 1)) {
    for (const interval of intervalsOnDay(hours, date, timeZone)) {
      const start = Math.max(interval.start, from.getTime());
      const end = Math.min(interval.end, to.getTime());
      if (start < end) result.push({ start: new Date(start), end: new Date(end) });
    }
  }
  return result;
}

export function isOpenAt(hours: OpeningHours, timeZone: string, at: Date): boolean {
  const instant = at.getTime();
  return intervalsOnDay(hours, localDateOf(at, timeZone), timeZone).some(
    (i) => i.start <= instant && instant < i.end,
  );
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
