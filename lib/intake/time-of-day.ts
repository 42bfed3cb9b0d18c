// Resolves a preferred time of day ("mornings", "after 5pm", "between 2 and 4") to a local clock range.
import type { TimeOfDay } from "./booking-request";

export interface ResolvedTimeOfDay {
  /** The phrase as the person put it, e.g. "mornings", "after 5pm". */
  preferred_time: string;
  time_of_day: TimeOfDay;
}

const clock = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d:])|(noon|midday|midnight)`;
const clockPart = new RegExp(`^(?:${clock})$`);
const openEvening = 21 * 60;
const dayStart = 8 * 60;

interface Rule {
  pattern: RegExp;
  /** Clock range in minutes since midnight, or null when the match is not a time after all. */
  range(match: RegExpExecArray, eveningHint: boolean): [number, number] | null;
}

const named = (start: string, end: string) => (): [number, number] => [minutes(start), minutes(end)];

/** Ordered: explicit clock times beat named parts of the day, and longer names beat the words inside them. */
const rules: Rule[] = [
  {
    pattern: new RegExp(String.raw`\b(?:between|from)\s+(${clock})\s*(?:and|to|-|–|until|till)\s*(${clock})`),
    range: (match, evening) => clockRange(match[1], match[6], evening),
  },
  {
    // "2-4pm", "10am to 1pm": the bare form needs an am/pm so "2-4 people" is not a time.
    pattern: new RegExp(String.raw`\b(${clock})\s*(?:-|–|to)\s*(${clock})`),
    range: (match, evening) =>
      /[ap]\.?m|noon|midday/.test(match[1] + match[6]) ? clockRange(match[1], match[6], evening) : null,
  },
  { pattern: /\bafter (?:work|the school run)\b/, range: named("17:00", "21:00") },
  { pattern: /\bafter lunch\b/, range: named("13:00", "17:00") },
  { pattern: /\bafter school\b/, range: named("15:00", "18:00") },
  { pattern: /\bbefore (?:noon|midday|lunch)\b/, range: named("08:00", "12:00") },
  { pattern: /\bbefore work\b/, range: named("07:00", "09:00") },
  {
    pattern: new RegExp(String.raw`\b(?:after|from)\s+(${clock})(?:\s*onwards?)?`),
    range: (match, evening) => {
      const start = clockTime(match[1], evening);
      return start === null ? null : [start, Math.max(openEvening, Math.min(start + 60, 24 * 60))];
    },
  },
  {
    pattern: new RegExp(String.raw`\b(?:before|by|until|till)\s+(${clock})`),
    range: (match, evening) => {
      const end = clockTime(match[1], evening);
      if (end === null) return null;
      return [Math.min(dayStart, end - 60), end];
    },
  },
  {
    pattern: new RegExp(String.raw`\b(?:around|about|approximately|roughly|circa|~)\s*(${clock})`),
    range: (match, evening) => {
      const at = clockTime(match[1], evening);
      return at === null ? null : [Math.max(0, at - 30), Math.min(24 * 60, at + 30)];
    },
  },
  {
    pattern: new RegExp(
      String.raw`\bat\s+(${clock})|\b(\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))(?![a-z])|\b(\d{1,2})\s*o'?clock\b`,
    ),
    range: (match, evening) => {
      const at = clockTime(match[1] ?? match[6] ?? match[7], evening);
      return at === null ? null : [at, Math.min(24 * 60, at + 60)];
    },
  },
  { pattern: /\b(?:early mornings?|first thing(?: in the morning)?)\b/, range: named("07:00", "09:00") },
  { pattern: /\b(?:late mornings?|mid-?mornings?)\b/, range: named("10:00", "12:00") },
  { pattern: /\bmornings?\b/, range: named("08:00", "12:00") },
  {
    pattern: /\b(?:lunch ?time|lunch break|over lunch|at lunch|around lunch|midday|noon|lunch)\b/,
    range: named("11:30", "14:00"),
  },
  { pattern: /\bearly afternoons?\b/, range: named("12:00", "15:00") },
  { pattern: /\blate afternoons?\b/, range: named("15:00", "17:00") },
  { pattern: /\bmid-?afternoons?\b/, range: named("14:00", "16:00") },
  { pattern: /\bafternoons?\b/, range: named("12:00", "17:00") },
  { pattern: /\bearly evenings?\b/, range: named("17:00", "19:00") },
  { pattern: /\blate evenings?\b/, range: named("19:00", "22:00") },
  { pattern: /\b(?:evenings?|tonight|nights?)\b/, range: named("17:00", "21:00") },
  { pattern: /\bbrunch\b/, range: named("10:00", "14:00") },
  { pattern: /\bbreakfast\b/, range: named("07:00", "10:00") },
  { pattern: /\bdinner\b/, range: named("17:00", "21:00") },
];

export interface TimeOfDayOptions {
  /** Read hours 7-11 without am/pm as evening, as people do when booking a restaurant table ("Saturday at 7"). */
  eveningByDefault?: boolean;
}

export function resolveTimeOfDay(text: string, options: TimeOfDayOptions = {}): ResolvedTimeOfDay | null {
  const lower = text.toLowerCase().replace(/’/g, "'");
  // Hours 7-11 without am/pm are morning, unless the talk is of evenings ("dinner at 8", "a table at 8").
  const morningHint = /\b(?:breakfast|brunch|mornings?)\b/.test(lower);
  const eveningHint =
    !morningHint &&
    (options.eveningByDefault === true ||
      /\b(?:dinner|supper|evenings?|tonight|night|drinks|restaurant|table|reservation)\b/.test(lower));
  for (const rule of rules) {
    const match = rule.pattern.exec(lower);
    if (!match) continue;
    const range = rule.range(match, eveningHint);
    if (!range || range[0] >= range[1]) continue;
    return {
      preferred_time: match[0].trim().replace(/\s+/g, " "),
      time_of_day: { start: formatClock(range[0]), end: formatClock(range[1]) },
    };
  }
  return null;
}

/** Minutes since midnight for a spoken clock time; hours 1-6 without am/pm are afternoon (nobody books 3am). */
function clockTime(
  spoken: string | undefined,
  eveningHint: boolean,
  meridiemFallback?: "am" | "pm",
): number | null {
  const parts = spoken === undefined ? null : clockPart.exec(spoken.trim());
  if (!parts) return null;
  if (parts[4] === "noon" || parts[4] === "midday") return 12 * 60;
  if (parts[4] === "midnight") return 24 * 60;
  const hour = Number(parts[1]);
  const minute = parts[2] === undefined ? 0 : Number(parts[2]);
  if (hour > 23 || minute > 59) return null;
  const meridiem = parts[3]?.startsWith("p") ? "pm" : parts[3]?.startsWith("a") ? "am" : meridiemFallback;
  if (hour > 12 || hour === 0) return meridiem === undefined ? hour * 60 + minute : null;
  if (meridiem === "am") return (hour % 12) * 60 + minute;
  if (meridiem === "pm") return ((hour % 12) + 12) * 60 + minute;
  if (hour === 12) return 12 * 60 + minute;
  if (hour <= 6 || eveningHint) return (hour + 12) * 60 + minute;
  return hour * 60 + minute;
}

/** "between 11 and 1", "2-4pm": an am/pm said once applies to both ends when that keeps them in order. */
function clockRange(from: string, to: string, eveningHint: boolean): [number, number] | null {
  const toMeridiem = /p\.?m/.test(to) ? "pm" : /a\.?m/.test(to) ? "am" : undefined;
  let start = clockTime(from, eveningHint, toMeridiem);
  const end = clockTime(to, eveningHint);
  if (start === null || end === null) return null;
  if (start >= end && toMeridiem) start = clockTime(from, false, "am");
  if (start === null) return null;
  if (start >= end && end + 12 * 60 <= 24 * 60 && !toMeridiem) return [start, end + 12 * 60];
  return [start, end];
}

function minutes(clockText: string): number {
  const [hours, mins] = clockText.split(":").map(Number);
  return hours * 60 + mins;
}

function formatClock(total: number): string {
  const hours = Math.floor(total / 60);
  const mins = total % 60;
  return `${String(hours).padStart(2, "0")}:${String(mins).padStart(2, "0")}`;
}
