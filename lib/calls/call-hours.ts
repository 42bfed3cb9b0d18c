// When a business may be phoned: only inside its opening hours, in its own time zone, and never on a public holiday
// of its country. Real dialers always obey; the simulated receptionists answer at any hour unless
// SIM_RESPECT_OPENING_HOURS asks them to behave like real ones.
import type { Provider } from "@/db/providers";
import type { AppConfig } from "@/lib/config";
import type { Dialer } from "./dialer";
import { addDays, localDateOf, nextOpeningAt, wallClockInstant } from "@/lib/providers/opening-hours";
import { publicHolidayOn } from "./public-holidays";

export type DialTime = { kind: "now" } | { kind: "later"; at: Date } | { kind: "never" };

/** How far ahead a business's next callable opening is looked for. */
const horizonDays = 14;

/**
 * Whether calls ring the businesses themselves: a real dialer without CALL_REDIRECT_TO. A redirected call rings the
 * tester's own phone, so the businesses' hours and holidays do not apply to it.
 */
export function ringsBusinesses(
  dialer: Pick<Dialer, "callsRealPhones">,
  config: Pick<AppConfig, "CALL_REDIRECT_TO">,
): boolean {
  return dialer.callsRealPhones && !config.CALL_REDIRECT_TO;
}

export function mustRespectOpeningHours(
  dialerCallsRealPhones: boolean,
  simRespectsOpeningHours: boolean,
): boolean {
  return dialerCallsRealPhones || simRespectsOpeningHours;
}

export function whenToDial(
  provider: Pick<Provider, "openingHours" | "timeZone" | "country">,
  now: Date,
  respectOpeningHours: boolean,
): DialTime {
  if (!respectOpeningHours) return { kind: "now" };
  const horizon = now.getTime() + horizonDays * 86_400_000;
  let after = now;
  while (after.getTime() < horizon) {
    const next = nextOpeningAt(provider.openingHours, provider.timeZone, after);
    if (!next || next.getTime() >= horizon) return { kind: "never" };
    const date = localDateOf(next, provider.timeZone);
    if (!publicHolidayOn(provider.country, date)) {
      return next.getTime() <= now.getTime() ? { kind: "now" } : { kind: "later", at: next };
    }
    // A public holiday: look again from the start of the next local day.
    after = new Date(wallClockInstant(addDays(date, 1), "00:00", provider.timeZone));
  }
  return { kind: "never" };
}
