// The time zone the admin area counts days in (DEFAULT_TIMEZONE), and local dates turned into instants.
import { getConfig } from "@/lib/config";
import { addDays, wallClockInstant, type LocalDate } from "@/lib/providers/opening-hours";

export function adminTimeZone(): string {
  return getConfig().DEFAULT_TIMEZONE;
}

/** The instant a local date starts in the zone. */
export function startOfLocalDate(date: LocalDate, timeZone: string): Date {
  return new Date(wallClockInstant(date, "00:00", timeZone));
}

/** The instant after a local date ends (the next day's start), for inclusive "to" dates. */
export function endOfLocalDate(date: LocalDate, timeZone: string): Date {
  return startOfLocalDate(addDays(date, 1), timeZone);
}
