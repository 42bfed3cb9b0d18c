// Finds the specific dates a person names ("Friday", "Dec 3-5", "the 5th", "in December") with chrono-node,
// as whole local days in their zone. Bare clock times ("at 3pm") are not dates and are left to time-of-day.
import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import type { Language } from "./booking-request";
import { days, month, type CalendarPeriod } from "./calendar-periods";

const parsers: Record<Language, chrono.Chrono> = {
  en: chrono.casual,
  es: chrono.es.casual,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
};

export interface NamedDate {
  period: CalendarPeriod;
  /** Only a weekday was said ("Friday"), so the date may move by whole weeks to fit a named week. */
  weekdayOnly: boolean;
  /** Only a month was said ("in December"). */
  monthOnly: boolean;
}

const fullWeekday = new RegExp(
  "(?<!\\p{L})(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|" +
    "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|" +
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|" +
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?!\\p{L})",
  "iu",
);
const fullMonth = new RegExp(
  "(?<!\\p{L})(?:january|february|march|april|may|june|july|august|september|october|november|december|" +
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|" +
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|" +
    "januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)(?!\\p{L})",
  "iu",
);
const monthAbbreviation = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec";
// A month on its own is a date only when framed as one ("in March"); "May I..." or "march" alone are not.
const monthFraming =
  /\b(?:in|during|early|mid|late|until|till|by|for|of|this|next|de|im|anfang|mitte|ende|début|fin|principios de|mediados de|finales de)\s+(?:early\s+|mid-?|late\s+)?$/i;

/** Every specific date in `text`, in the order said, read with `language`'s date parser. */
export function findNamedDates(text: string, now: DateTime, language: Language = "en"): NamedDate[] {
  const reference = { instant: now.toJSDate(), timezone: now.offset };
  const found: NamedDate[] = [];
  // A message in another language may still name an English date ("el Friday"), so English is the fallback.
  let results = parsers[language].parse(text, reference, { forwardDate: true });
  if (results.length === 0 && language !== "en")
    results = chrono.casual.parse(text, reference, { forwardDate: true });
  for (const result of results) {
    const date = toNamedDate(result, text, now);
    if (date) found.push(date);
  }
  if (found.length === 0) {
    const dayOfMonth = findDayOfMonth(text, now);
    if (dayOfMonth) found.push(dayOfMonth);
  }
  return found;
}

function toNamedDate(result: chrono.ParsedResult, text: string, now: DateTime): NamedDate | null {
  const start = result.start;
  const certainDay = start.isCertain("day");
  const certainWeekday = start.isCertain("weekday");
  const certainMonth = start.isCertain("month");
  if (!certainDay && !certainWeekday && !certainMonth) return null;
  // "sun", "sat", "wed" are ordinary words too often ("Sun Life", "I sat"): only full weekday names count alone.
  if (!certainDay && certainWeekday && !fullWeekday.test(result.text)) return null;
  const first = localDay(start, now);
  if (!certainDay && !certainWeekday) {
    if (!isFramedMonth(result, text)) return null;
    return { period: thisOrNextMonth(first, now), weekdayOnly: false, monthOnly: true };
  }
  const last = result.end ? localDay(result.end, now) : first;
  if (last < first) return null;
  return {
    period: { start: first, end: last.plus({ days: 1 }) },
    weekdayOnly: !certainDay && !result.end,
    monthOnly: false,
  };
}

function localDay(components: chrono.ParsedComponents, now: DateTime): DateTime {
  return DateTime.fromObject(
    {
      year: components.get("year") ?? now.year,
      month: components.get("month") ?? 1,
      day: components.get("day") ?? 1,
    },
    { zone: now.zone },
  );
}

function isFramedMonth(result: chrono.ParsedResult, text: string): boolean {
  if (!fullMonth.test(result.text)) return false;
  const wholeMessage =
    text
      .trim()
      .replace(/[.!?]+$/, "")
      .toLowerCase() === result.text.toLowerCase();
  return wholeMessage || monthFraming.test(text.slice(0, result.index));
}

/** chrono's forward dating moves the current month to next year; a person saying "in November" means this one. */
function thisOrNextMonth(first: DateTime, now: DateTime): CalendarPeriod {
  if (first.month === now.month && first.year === now.year + 1) return month(now);
  return month(first);
}

/** "on the 5th": the next 5th of a month, today included. */
function findDayOfMonth(text: string, now: DateTime): NamedDate | null {
  const pattern = new RegExp(
    `\\bthe (\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${monthAbbreviation}))`,
    "i",
  );
  const match = pattern.exec(text);
  if (!match) return null;
  const day = Number(match[1]);
  if (day < 1 || day > 31) return null;
  for (let ahead = 0; ahead < 3; ahead += 1) {
    const candidate = now.startOf("month").plus({ months: ahead }).set({ day });
    if (candidate.day === day && candidate >= now.startOf("day")) {
      return { period: days(candidate), weekdayOnly: false, monthOnly: false };
    }
  }
  return null;
}
