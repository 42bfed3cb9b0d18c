// Times and availability as a text-to-speech voice should say them: "Tuesday 10 March at 9:30 AM", "between 8 AM
// and noon", never "09:00" (which a voice reads digit by digit). Always in the business's own time zone, and in the
// call's language (other languages: spoken-time-abroad.ts).
import { DateTime } from "luxon";
import type { TimeOfDay } from "@/lib/intake/booking-request";
import type { CallLanguage } from "@/lib/providers/provider-language";
import { spokenAvailabilityIn, spokenClockIn, spokenDateIn, spokenSlotIn } from "./spoken-time-abroad";

export function spokenClock(hhmm: string, language: CallLanguage = "en"): string {
  if (language !== "en") return spokenClockIn(language, hhmm);
  const [hour, minute] = hhmm.split(":").map(Number);
  if (hour === 12 && minute === 0) return "noon";
  if ((hour === 0 || hour === 24) && minute === 0) return "midnight";
  return spokenTime(DateTime.fromObject({ hour: hour % 24, minute }));
}

function spokenTime(at: DateTime): string {
  if (at.hour === 12 && at.minute === 0) return "noon";
  return at.toFormat(at.minute === 0 ? "h a" : "h:mm a");
}

export function spokenDay(at: DateTime): string {
  return at.toFormat("cccc d LLLL");
}

/** "Tuesday 10 March at 9:30 AM" */
export function spokenSlot(start: Date, timeZone: string, language: CallLanguage = "en"): string {
  if (language !== "en") return spokenSlotIn(language, start, timeZone);
  const at = DateTime.fromJSDate(start, { zone: timeZone });
  return `${spokenDay(at)} at ${spokenTime(at)}`;
}

/** A day written yyyy-MM-dd, said: "Tuesday 10 March". */
export function spokenDate(isoDate: string, language: CallLanguage = "en"): string {
  if (language !== "en") return spokenDateIn(language, isoDate);
  return spokenDay(DateTime.fromISO(isoDate));
}

/** "from Monday 9 March to Friday 13 March, between 8 AM and noon" */
export function spokenAvailability(
  window: { start: string; end: string } | null,
  timeOfDay: TimeOfDay | null,
  timeZone: string,
  language: CallLanguage = "en",
): string {
  if (language !== "en") return spokenAvailabilityIn(language, window, timeOfDay, timeZone);
  const hours = timeOfDay
    ? `, between ${spokenClock(timeOfDay.start)} and ${spokenClock(timeOfDay.end)}`
    : "";
  if (!window) return `any time soon${hours}`;
  const first = DateTime.fromISO(window.start, { zone: timeZone });
  // The window's end is exclusive; people name the last day they are free.
  const last = DateTime.fromISO(window.end, { zone: timeZone }).minus({ milliseconds: 1 });
  const days = first.hasSame(last, "day")
    ? `on ${spokenDay(first)}`
    : `from ${spokenDay(first)} to ${spokenDay(last)}`;
  return `${days}${hours}`;
}
