// How a hold's end is said on the phone and shown to the person: in the business's own zone and the call's
// language, "4:30 PM today" or "Friday 4 Dec at 9:00 AM" on another day ("16h30 aujourd'hui", "heute um 16:30 Uhr").
import { DateTime } from "luxon";
import type { CallLanguage } from "@/lib/providers/provider-language";
import { spokenLines } from "@/prompts/languages/spoken-lines";

export function describeHoldUntil(
  heldUntil: Date,
  timeZone: string,
  now: Date,
  language: CallLanguage = "en",
): string {
  const at = DateTime.fromJSDate(heldUntil, { zone: timeZone }).setLocale(language);
  const today = DateTime.fromJSDate(now, { zone: timeZone }).hasSame(at, "day");
  return spokenLines(language).holdUntil(at, today);
}
