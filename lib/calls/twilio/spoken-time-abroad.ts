// Times and availability as a French, German or Spanish text-to-speech voice should say them (issue 17): "mardi
// 1 décembre à 10 heures 30", "Dienstag, 1. Dezember um 10:30 Uhr", "el martes 1 de diciembre a las 10:30"; the
// 24-hour clock these countries use, never "09:00" read digit by digit. English lives in spoken-time.ts.
import { DateTime } from "luxon";
import type { TimeOfDay } from "@/lib/intake/booking-request";
import type { CallLanguage } from "@/lib/providers/provider-language";

export type OtherLanguage = Exclude<CallLanguage, "en">;

interface SpokenForms {
  clock(hour: number, minute: number): string;
  day: string;
  slot(day: string, clock: string): string;
  between(from: string, to: string): string;
  on(day: string): string;
  fromTo(first: string, last: string): string;
  anyTimeSoon: string;
}

const forms: Record<OtherLanguage, SpokenForms> = {
  fr: {
    clock: (hour, minute) =>
      hour === 12 && minute === 0 ? "midi" : `${hour} heures${minute ? ` ${minute}` : ""}`,
    day: "cccc d LLLL",
    slot: (day, clock) => `${day} à ${clock}`,
    between: (from, to) => `, entre ${from} et ${to}`,
    on: (day) => `le ${day}`,
    fromTo: (first, last) => `du ${first} au ${last}`,
    anyTimeSoon: "dès que possible",
  },
  de: {
    clock: (hour, minute) => `${hour}${minute ? `:${String(minute).padStart(2, "0")}` : ""} Uhr`,
    day: "cccc, d. LLLL",
    slot: (day, clock) => `${day} um ${clock}`,
    between: (from, to) => `, zwischen ${from} und ${to}`,
    on: (day) => `am ${day}`,
    fromTo: (first, last) => `von ${first} bis ${last}`,
    anyTimeSoon: "so bald wie möglich",
  },
  es: {
    clock: (hour, minute) => `${hour}${minute ? `:${String(minute).padStart(2, "0")}` : ""}`,
    day: "cccc d 'de' LLLL",
    slot: (day, clock) => `${day} a las ${clock}`,
    between: (from, to) => `, entre las ${from} y las ${to}`,
    on: (day) => `el ${day}`,
    fromTo: (first, last) => `del ${first} al ${last}`,
    anyTimeSoon: "lo antes posible",
  },
};

export function spokenClockIn(language: OtherLanguage, hhmm: string): string {
  const [hour, minute] = hhmm.split(":").map(Number);
  return forms[language].clock(hour % 24, minute);
}

function spokenDayIn(language: OtherLanguage, at: DateTime): string {
  return at.setLocale(language).toFormat(forms[language].day);
}

export function spokenSlotIn(language: OtherLanguage, start: Date, timeZone: string): string {
  const at = DateTime.fromJSDate(start, { zone: timeZone });
  return forms[language].slot(spokenDayIn(language, at), forms[language].clock(at.hour, at.minute));
}

export function spokenDateIn(language: OtherLanguage, isoDate: string): string {
  return spokenDayIn(language, DateTime.fromISO(isoDate));
}

export function spokenAvailabilityIn(
  language: OtherLanguage,
  window: { start: string; end: string } | null,
  timeOfDay: TimeOfDay | null,
  timeZone: string,
): string {
  const form = forms[language];
  const hours = timeOfDay
    ? form.between(spokenClockIn(language, timeOfDay.start), spokenClockIn(language, timeOfDay.end))
    : "";
  if (!window) return `${form.anyTimeSoon}${hours}`;
  const first = DateTime.fromISO(window.start, { zone: timeZone });
  // The window's end is exclusive; people name the last day they are free.
  const last = DateTime.fromISO(window.end, { zone: timeZone }).minus({ milliseconds: 1 });
  const days = first.hasSame(last, "day")
    ? form.on(spokenDayIn(language, first))
    : form.fromTo(spokenDayIn(language, first), spokenDayIn(language, last));
  return `${days}${hours}`;
}
