// Public holidays of a business's country (date-holidays, offline data): CallPilot never phones a business on one.
// National public holidays only ("public" type; bank, school and optional holidays do not count). Each country's
// dates are computed once per year and kept.
import Holidays from "date-holidays";
import type { LocalDate } from "@/lib/providers/opening-hours";

const byCountryYear = new Map<string, Map<LocalDate, string>>();
const maxCachedYears = 200;

function holidaysOf(country: string, year: number): Map<LocalDate, string> {
  const key = `${country}|${year}`;
  let dates = byCountryYear.get(key);
  if (!dates) {
    dates = new Map();
    try {
      for (const holiday of new Holidays(country.toUpperCase()).getHolidays(year)) {
        // "2026-07-03 00:00:00": the local date the holiday falls on in the country.
        if (holiday.type === "public") dates.set(holiday.date.slice(0, 10), holiday.name);
      }
    } catch {
      // A country date-holidays does not know has no holidays CallPilot can observe.
    }
    if (byCountryYear.size >= maxCachedYears) byCountryYear.clear();
    byCountryYear.set(key, dates);
  }
  return dates;
}

/** The holiday's name when this local date is a public holiday in the country (ISO 3166-1 alpha-2), else null. */
export function publicHolidayOn(country: string, date: LocalDate): string | null {
  if (!/^[A-Za-z]{2}$/.test(country)) return null;
  return holidaysOf(country, Number(date.slice(0, 4))).get(date) ?? null;
}
