// The relative timeframes people name in words ("next week", "this weekend", "in 2 weeks", "asap"), each with its
// normalised label and calendar period. Labels are themselves phrases here, so a stored label resolves again.
import { DateTime } from "luxon";
import { days, month, week, weekend, type CalendarPeriod } from "./calendar-periods";
import { countPattern, parseCount } from "./number-words";

export interface NamedTimeframe {
  label: string;
  period: CalendarPeriod;
  /** Where the phrase sat in the text, so the caller can look for dates in the rest. */
  index: number;
  length: number;
}

interface PhraseRule {
  pattern: RegExp;
  resolve(match: RegExpExecArray, now: DateTime): { label: string; period: CalendarPeriod } | null;
}

const weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const units = "day|week|month";

/** Ordered: the first rule that matches anywhere wins, so the more specific phrasings come first. */
const rules: PhraseRule[] = [
  {
    pattern: /\b(\d{4}-\d{2}-\d{2})\s*(?:to|until|through|-|–)\s*(\d{4}-\d{2}-\d{2})\b/,
    resolve: (match, now) => isoDates(match[1], match[2], now),
  },
  { pattern: /\b(\d{4}-\d{2}-\d{2})\b/, resolve: (match, now) => isoDates(match[1], match[1], now) },
  {
    pattern:
      /\b(?:asap|a\.s\.a\.p|as soon as (?:possible|you can|they can|i can|we can)|earliest|soonest|first available|next available|right away|urgent(?:ly)?)(?![a-z])/,
    resolve: (_, now) => ({ label: "as soon as possible", period: { start: now, end: days(now, 7).end } }),
  },
  {
    pattern: /\blast week\b/,
    resolve: (_, now) => ({ label: "last week", period: week(now.minus({ weeks: 1 })) }),
  },
  {
    pattern: /\blast weekend\b/,
    resolve: (_, now) => ({ label: "last weekend", period: weekend(now.minus({ weeks: 1 })) }),
  },
  {
    pattern: /\blast month\b/,
    resolve: (_, now) => ({ label: "last month", period: month(now.minus({ months: 1 })) }),
  },
  {
    pattern: new RegExp(`\\blast (${weekdays.join("|")})\\b`),
    resolve: (match, now) => {
      const weekday = weekdays.indexOf(match[1]) + 1;
      const back = (now.weekday - weekday + 7) % 7 || 7;
      return singleDay(now.minus({ days: back }));
    },
  },
  { pattern: /\b(?:the )?day after tomorrow\b/, resolve: (_, now) => singleDay(now.plus({ days: 2 })) },
  {
    pattern: /\b(?:the )?week after next\b/,
    resolve: (_, now) => ({ label: "in 2 weeks", period: week(now.plus({ weeks: 2 })) }),
  },
  {
    pattern: /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/,
    resolve: (_, now) => ({ label: "today", period: days(now) }),
  },
  {
    pattern: /\b(?:tomorrow|tomorow|tmrw|tmr)\b/,
    resolve: (_, now) => ({ label: "tomorrow", period: days(now.plus({ days: 1 })) }),
  },
  {
    pattern: /\b(?:this week|later this week|(?:the )?rest of (?:the|this) week|end of (?:the|this) week)\b/,
    resolve: (_, now) => ({ label: "this week", period: week(now) }),
  },
  {
    pattern: /\b(?:next week|the following week)\b/,
    resolve: (_, now) => ({ label: "next week", period: week(now.plus({ weeks: 1 })) }),
  },
  {
    pattern: /\bnext weekend\b/,
    resolve: (_, now) => ({ label: "next weekend", period: weekend(now.plus({ weeks: 1 })) }),
  },
  { pattern: /\bweekends?\b/, resolve: (_, now) => ({ label: "this weekend", period: weekend(now) }) },
  {
    pattern: /\b(?:this month|later this month|(?:the )?rest of (?:the|this) month)\b/,
    resolve: (_, now) => ({ label: "this month", period: month(now) }),
  },
  {
    pattern: /\bnext month\b/,
    resolve: (_, now) => ({ label: "next month", period: month(now.plus({ months: 1 })) }),
  },
  {
    pattern: new RegExp(`\\bin (an?|${countPattern}) (${units})s?(?:'? time)?\\b`),
    resolve: (match, now) => inSome(match[1], match[2], now),
  },
  {
    pattern: new RegExp(`\\b(an?|${countPattern}) (${units})s? from (?:now|today)\\b`),
    resolve: (match, now) => inSome(match[1], match[2], now),
  },
  {
    pattern: new RegExp(
      `\\b(?:within|in the next|over the next|during the next|in the coming|the next|next) (an?|${countPattern}) (day|week)s?\\b`,
    ),
    resolve: (match, now) => withinSome(match[1], match[2], now),
  },
  {
    pattern: /\b(?:sometime soon|soon|whenever|any day|no rush)\b/,
    resolve: (_, now) => ({ label: "in the next 2 weeks", period: { start: now, end: days(now, 14).end } }),
  },
];

/** The first relative timeframe named in `lowerText` (already lower-cased), or null. */
export function findNamedTimeframe(lowerText: string, now: DateTime): NamedTimeframe | null {
  for (const rule of rules) {
    const match = rule.pattern.exec(lowerText);
    if (!match) continue;
    const resolved = rule.resolve(match, now);
    if (resolved) return { ...resolved, index: match.index, length: match[0].length };
  }
  return null;
}

function singleDay(day: DateTime): { label: string; period: CalendarPeriod } {
  return { label: day.toISODate()!, period: days(day) };
}

function isoDates(
  first: string,
  last: string,
  now: DateTime,
): { label: string; period: CalendarPeriod } | null {
  const start = DateTime.fromISO(first, { zone: now.zone });
  const end = DateTime.fromISO(last, { zone: now.zone });
  if (!start.isValid || !end.isValid || end < start) return null;
  const label = first === last ? first : `${first} to ${last}`;
  return { label, period: { start: start.startOf("day"), end: end.startOf("day").plus({ days: 1 }) } };
}

function amount(word: string): number | null {
  return /^an?$/.test(word) ? 1 : parseCount(word);
}

/** "in 2 weeks": the whole day, Monday-start week or month that lies that far ahead. */
function inSome(
  count: string,
  unit: string,
  now: DateTime,
): { label: string; period: CalendarPeriod } | null {
  const n = amount(count);
  if (n === null || n < 1) return null;
  const label = `in ${n} ${unit}${n === 1 ? "" : "s"}`;
  if (unit === "day") return { label, period: days(now.plus({ days: n })) };
  if (unit === "week") return { label, period: week(now.plus({ weeks: n })) };
  return { label, period: month(now.plus({ months: n })) };
}

/** "within 2 weeks": from now until that many days or weeks from today. */
function withinSome(
  count: string,
  unit: string,
  now: DateTime,
): { label: string; period: CalendarPeriod } | null {
  const n = amount(count);
  if (n === null || n < 1) return null;
  const length = unit === "day" ? { days: n } : { weeks: n };
  return {
    label: `in the next ${n} ${unit}${n === 1 ? "" : "s"}`,
    period: { start: now, end: now.startOf("day").plus(length) },
  };
}
