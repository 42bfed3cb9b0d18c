// What "a day" means for the daily limits: the UTC day for a person's allowance and the global cap (one reset time
// for everyone, shown to the person), and the business's own local day for the per-number cap ("never more than N
// calls a day" in the business's terms).
import { addDays, localDateOf, wallClockInstant, type LocalDate } from "@/lib/providers/opening-hours";

export function utcDay(at: Date): LocalDate {
  return at.toISOString().slice(0, 10);
}

/** When today's UTC allowance resets: the next 00:00 UTC. */
export function nextUtcMidnight(at: Date): Date {
  return new Date(`${addDays(utcDay(at), 1)}T00:00:00.000Z`);
}

/** Whole seconds until the next UTC midnight, at least 1 (a Retry-After value). */
export function secondsUntilUtcMidnight(at: Date): number {
  return Math.max(1, Math.ceil((nextUtcMidnight(at).getTime() - at.getTime()) / 1000));
}

/**
 * How long until the next UTC midnight, as a sentence's values (lib/sentences): each language words it ("45
 * minutes", "9 h 00 min") from the whole minutes, the hours and the minutes past the hour with two digits.
 */
export function untilUtcMidnight(at: Date): { hours: number; minutes: number; mm: string } {
  const minutes = Math.ceil(secondsUntilUtcMidnight(at) / 60);
  return { hours: Math.floor(minutes / 60), minutes, mm: String(minutes % 60).padStart(2, "0") };
}

export function businessDay(at: Date, timeZone: string): LocalDate {
  return localDateOf(at, timeZone);
}

/** The start of the business's next local day (its midnight), as an instant. */
export function nextBusinessMidnight(at: Date, timeZone: string): Date {
  return new Date(wallClockInstant(addDays(localDateOf(at, timeZone), 1), "00:00", timeZone));
}
