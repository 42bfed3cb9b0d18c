// When a business may be phoned: only inside its opening hours, in its own time zone. Real dialers always obey;
// the simulated receptionists answer at any hour unless SIM_RESPECT_OPENING_HOURS asks them to behave like real ones.
import type { Provider } from "@/db/providers";
import { nextOpeningAt } from "@/lib/providers/opening-hours";

export type DialTime = { kind: "now" } | { kind: "later"; at: Date } | { kind: "never" };

export function mustRespectOpeningHours(
  dialerCallsRealPhones: boolean,
  simRespectsOpeningHours: boolean,
): boolean {
  return dialerCallsRealPhones || simRespectsOpeningHours;
}

export function whenToDial(provider: Provider, now: Date, respectOpeningHours: boolean): DialTime {
  if (!respectOpeningHours) return { kind: "now" };
  const next = nextOpeningAt(provider.openingHours, provider.timeZone, now);
  if (!next) return { kind: "never" };
  return next.getTime() <= now.getTime() ? { kind: "now" } : { kind: "later", at: next };
}
