// Opening hours as admins write them in a form or a CSV cell — "mon-fri 08:00-17:00; sat 09:00-12:00" — read
// into the directory's weekly schedule (lib/providers/opening-hours.ts) and written back the same way.
import { openingHoursSchema, weekdays, type OpeningHours, type Weekday } from "@/lib/providers/opening-hours";

export type HoursParse = { ok: true; hours: OpeningHours } | { ok: false; message: string };

const clock = String.raw`(?:[01]\d|2[0-3]):[0-5]\d|24:00`;
const intervalPattern = new RegExp(String.raw`^(${clock})\s*-\s*(${clock})$`);
const dayAliases: Record<string, Weekday[]> = { daily: [...weekdays], weekdays: weekdays.slice(0, 5) };
export const openingHoursFormatHint = 'e.g. "mon-fri 08:00-17:00; sat 09:00-12:00"';

/** Reads the text form, or a JSON object in the directory's own shape ({"mon": [["08:00", "17:00"]]}). */
export function parseOpeningHoursText(input: string): HoursParse {
  const text = input.trim();
  if (text === "") return { ok: false, message: `are empty; ${openingHoursFormatHint}` };
  if (text.startsWith("{")) return parseJson(text);
  const hours: Partial<Record<Weekday, Array<[string, string]>>> = {};
  for (const part of text
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-z]+(?:\s*-\s*[a-z]+)?)\s+(.+)$/i.exec(part);
    const days = match ? daysOf(match[1].toLowerCase().replace(/\s+/g, "")) : null;
    if (!match || !days) return { ok: false, message: `cannot read "${part}"; ${openingHoursFormatHint}` };
    for (const range of match[2].split(",").map((r) => r.trim())) {
      const interval = intervalPattern.exec(range);
      if (!interval)
        return { ok: false, message: `cannot read the times "${range}" in "${part}"; use HH:MM-HH:MM` };
      if (interval[1] >= interval[2]) return { ok: false, message: `"${range}" must open before it closes` };
      for (const day of days) (hours[day] ??= []).push([interval[1], interval[2]]);
    }
  }
  return checked(hours);
}

function parseJson(text: string): HoursParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "are not valid JSON" };
  }
  const parsed = openingHoursSchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: `are not valid: ${parsed.error.issues[0].message}` };
  return checked(parsed.data);
}

/** "mon", "mon-fri", "fri-mon" (wrapping the week), "daily", "weekdays". */
function daysOf(spec: string): Weekday[] | null {
  if (spec in dayAliases) return dayAliases[spec];
  const [from, to = from] = spec.split("-").map((d) => d.slice(0, 3));
  const start = weekdays.indexOf(from as Weekday);
  const end = weekdays.indexOf(to as Weekday);
  if (start < 0 || end < 0) return null;
  const days: Weekday[] = [];
  for (let i = start; ; i = (i + 1) % 7) {
    days.push(weekdays[i]);
    if (i === end) return days;
  }
}

function checked(hours: OpeningHours): HoursParse {
  const result: OpeningHours = {};
  for (const day of weekdays) {
    const intervals = [...(hours[day] ?? [])].sort((a, b) => a[0].localeCompare(b[0]));
    if (intervals.length === 0) continue;
    for (let i = 1; i < intervals.length; i++) {
      if (intervals[i][0] < intervals[i - 1][1]) {
        return {
          ok: false,
          message: `overlap on ${day}: ${intervals[i - 1].join("-")} and ${intervals[i].join("-")}`,
        };
      }
    }
    result[day] = intervals;
  }
  if (Object.keys(result).length === 0) {
    return { ok: false, message: "open on no day; a business that never opens is never called" };
  }
  return { ok: true, hours: result };
}

/** The text form, consecutive days with the same hours joined: "mon-fri 08:00-17:00; sat 09:00-12:00". */
export function formatOpeningHoursText(hours: OpeningHours): string {
  const key = (day: Weekday) => (hours[day] ?? []).map(([open, close]) => `${open}-${close}`).join(", ");
  const parts: string[] = [];
  for (let i = 0; i < weekdays.length;) {
    const times = key(weekdays[i]);
    let j = i;
    while (j + 1 < weekdays.length && key(weekdays[j + 1]) === times) j++;
    if (times !== "") parts.push(`${i === j ? weekdays[i] : `${weekdays[i]}-${weekdays[j]}`} ${times}`);
    i = j + 1;
  }
  return parts.join("; ");
}
