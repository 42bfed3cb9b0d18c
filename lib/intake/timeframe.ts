// Resolves what a person said about "when" to a normalised timeframe label and a window of instants in their zone.
import type { DateWindow, Language } from "./booking-request";
import { findNamedDates, type NamedDate } from "./calendar-dates";
import { dateRangeLabel, localNow, span, toWindow, type CalendarPeriod } from "./calendar-periods";
import { findNamedTimeframe, type NamedTimeframe } from "./timeframe-phrases";

export interface ResolvedTimeframe {
  /** "today", "next week", "2026-12-03", "2026-12-03 to 2026-12-05", "in 2 weeks", "as soon as possible"... */
  timeframe: string;
  /** ISO instants with the zone's offset, end exclusive; starts no earlier than now (next quarter hour). */
  window: DateWindow;
  /**
   * The whole timeframe is already over ("yesterday", "last week", "Nov 3 2026" in December 2026): nothing can be
   * booked in it, so the caller should ask the person again. The window is then the period as said.
   */
  isPast: boolean;
}

/**
 * `text` is in the intake's canonical words ("next week"); dates and weekdays left in `language` ("el jueves",
 * "le 3 décembre", "am Freitag") are read with that language's date parser.
 */
export function resolveTimeframe(
  text: string,
  now: Date,
  timeZone: string,
  language: Language = "en",
): ResolvedTimeframe | null {
  const here = localNow(now, timeZone);
  const named = findNamedTimeframe(text.toLowerCase().replace(/’/g, "'"), here);
  // Look for specific dates only outside the named phrase, so "next week on Tuesday" is not read twice.
  const rest = named ? blankOut(text, named) : text;
  const dates = findNamedDates(rest, here, language);
  const chosen = choose(named, dates);
  if (!chosen) return null;
  const { window, isPast } = toWindow(chosen.period, here);
  return { timeframe: chosen.label, window, isPast };
}

function choose(
  named: NamedTimeframe | null,
  dates: NamedDate[],
): { label: string; period: CalendarPeriod } | null {
  if (dates.length === 0) return named;
  const datesSpan = span(dates.map((date) => date.period));
  if (!named) return { label: dateRangeLabel(datesSpan), period: datesSpan };

  // "Tuesday next week": a weekday moves by whole weeks into the named period.
  if (dates.every((date) => date.weekdayOnly)) {
    const moved = dates.map((date) => moveInto(date.period, named.period));
    if (moved.every((period) => period !== null)) {
      const movedSpan = span(moved as CalendarPeriod[]);
      return { label: dateRangeLabel(movedSpan), period: movedSpan };
    }
    return named;
  }
  // A specific date inside the named period narrows it; one outside it ("today or Friday") widens it.
  if (within(datesSpan, named.period)) return { label: dateRangeLabel(datesSpan), period: datesSpan };
  const both = span([datesSpan, { start: named.period.start.startOf("day"), end: named.period.end }]);
  return { label: dateRangeLabel(both), period: both };
}

function moveInto(day: CalendarPeriod, container: CalendarPeriod): CalendarPeriod | null {
  let moved = day;
  while (moved.end <= container.start)
    moved = { start: moved.start.plus({ weeks: 1 }), end: moved.end.plus({ weeks: 1 }) };
  return within(moved, container) ? moved : null;
}

function within(inner: CalendarPeriod, outer: CalendarPeriod): boolean {
  return inner.end > outer.start && inner.start >= outer.start.startOf("day") && inner.end <= outer.end;
}

function blankOut(text: string, named: NamedTimeframe): string {
  return text.slice(0, named.index) + " ".repeat(named.length) + text.slice(named.index + named.length);
}
