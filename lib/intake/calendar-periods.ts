// Calendar periods (days, Monday-start weeks, weekends, months) in an IANA zone, and their booking windows.
import { DateTime } from "luxon";
import type { DateWindow } from "./booking-request";

/** A stretch of local time; `end` is exclusive. */
export interface CalendarPeriod {
  start: DateTime;
  end: DateTime;
}

export interface PeriodWindow {
  window: DateWindow;
  /** Every instant of the period is over. The window is then the period as said, not clamped to now. */
  isPast: boolean;
}

export function localNow(now: Date, timeZone: string): DateTime {
  return DateTime.fromJSDate(now, { zone: timeZone });
}

export function days(first: DateTime, count = 1): CalendarPeriod {
  const start = first.startOf("day");
  return { start, end: start.plus({ days: count }) };
}

/** The Monday-to-Sunday week containing `day`. */
export function week(day: DateTime): CalendarPeriod {
  const start = day.startOf("week");
  return { start, end: start.plus({ weeks: 1 }) };
}

/** Saturday 00:00 to Monday 00:00 of the week containing `day`. */
export function weekend(day: DateTime): CalendarPeriod {
  const monday = day.startOf("week");
  return { start: monday.plus({ days: 5 }), end: monday.plus({ weeks: 1 }) };
}

export function month(day: DateTime): CalendarPeriod {
  const start = day.startOf("month");
  return { start, end: start.plus({ months: 1 }) };
}

/** From the first period's start to the last period's end. */
export function span(periods: CalendarPeriod[]): CalendarPeriod {
  const starts = periods.map((period) => period.start.toMillis());
  const ends = periods.map((period) => period.end.toMillis());
  const zone = periods[0].start.zone;
  return {
    start: DateTime.fromMillis(Math.min(...starts), { zone }),
    end: DateTime.fromMillis(Math.max(...ends), { zone }),
  };
}

/** Rounded up to the next quarter hour: nobody can be booked for 15:07, and the window then starts on a clean time. */
export function nextQuarterHour(moment: DateTime): DateTime {
  const floored = moment.startOf("minute").set({ minute: Math.floor(moment.minute / 15) * 15 });
  return floored < moment ? floored.plus({ minutes: 15 }) : floored;
}

/** The part of the period still ahead of `now`, as ISO instants with the zone's offset. */
export function toWindow(period: CalendarPeriod, now: DateTime): PeriodWindow {
  const earliest = nextQuarterHour(now);
  const start = period.start < earliest ? earliest : period.start;
  if (start >= period.end) return { window: formatWindow(period), isPast: true };
  return { window: formatWindow({ start, end: period.end }), isPast: false };
}

function formatWindow(period: CalendarPeriod): DateWindow {
  return { start: formatInstant(period.start), end: formatInstant(period.end) };
}

function formatInstant(moment: DateTime): string {
  return moment.toISO({ suppressMilliseconds: true }) ?? moment.toUTC().toISO()!;
}

/** "2026-12-03": the calendar date a period starts on. */
export function isoDate(day: DateTime): string {
  return day.toISODate()!;
}

/** "2026-12-03" or "2026-12-03 to 2026-12-05": the calendar dates a whole-day period covers. */
export function dateRangeLabel(period: CalendarPeriod): string {
  const first = isoDate(period.start);
  const last = isoDate(period.end.minus({ days: 1 }));
  return first === last ? first : `${first} to ${last}`;
}
