// A simulated receptionist: each demo business has its own behaviour and its own calendar of free slots,
// both deterministic (seeded by the business's id), so the offline flow is repeatable and testable.
import type { Provider } from "@/db/providers";
import type { CallBrief } from "@/lib/calls/call-brief";
import { isWithinClockRange, openIntervals } from "@/lib/providers/opening-hours";
import type { SimulationProfile } from "@/lib/providers/simulation-profile";
import { seededRandom, hashText } from "./seeded-random";

export type ReceptionistBehaviour = SimulationProfile;

// Used when a business has no profile (added by an admin, discovered): mostly helpful, sometimes not.
const derivedBehaviours: ReceptionistBehaviour[] = [
  "accepts",
  "accepts",
  "accepts",
  "accepts",
  "no_answer",
  "voicemail",
  "busy",
  "far_future",
  "needs_insurance",
  "no_phone_booking",
];

export function behaviourOf(provider: Pick<Provider, "id" | "simulationProfile">): ReceptionistBehaviour {
  return provider.simulationProfile ?? derivedBehaviours[hashText(provider.id) % derivedBehaviours.length];
}

const slotStepMinutes = 30;
const freeShare = 0.3;
const farFutureDays = 21;
const lookAheadDays = 42;

export interface SlotRequest {
  from: Date;
  to: Date;
  durationMinutes: number;
  /** Slot starts already offered on this call, not to be offered again. */
  exclude: Set<number>;
  /** Only starts the caller asked for (their preferred time of day). */
  accept?: (start: Date) => boolean;
}

/** Is this slot, already known to lie inside opening hours, free in the business's simulated calendar? */
function isFreeWhileOpen(provider: Provider, start: Date, now: Date): boolean {
  if (
    behaviourOf(provider) === "far_future" &&
    start.getTime() < now.getTime() + farFutureDays * 86_400_000
  ) {
    return false;
  }
  return seededRandom(`${provider.id}|${start.toISOString()}`)() < freeShare;
}

/** Is this slot free in the business's simulated calendar? */
export function isFree(provider: Provider, start: Date, durationMinutes: number, now: Date): boolean {
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  const open = openIntervals(provider.openingHours, provider.timeZone, start, end);
  if (
    open.length !== 1 ||
    open[0].start.getTime() !== start.getTime() ||
    open[0].end.getTime() !== end.getTime()
  ) {
    return false;
  }
  return isFreeWhileOpen(provider, start, now);
}

/** The earliest free slot in [from, to) on the half-hour grid of the business's opening hours; null when none. */
export function earliestFreeSlot(provider: Provider, request: SlotRequest, now: Date): Date | null {
  const stepMs = slotStepMinutes * 60_000;
  for (const interval of openIntervals(provider.openingHours, provider.timeZone, request.from, request.to)) {
    let start = Math.ceil(interval.start.getTime() / stepMs) * stepMs;
    for (; start + request.durationMinutes * 60_000 <= interval.end.getTime(); start += stepMs) {
      if (start <= now.getTime() || request.exclude.has(start)) continue;
      if (request.accept && !request.accept(new Date(start))) continue;
      // The slot lies inside this open interval by construction, so only the calendar is asked.
      if (isFreeWhileOpen(provider, new Date(start), now)) return new Date(start);
    }
  }
  return null;
}

/** What the receptionist offers next: inside the window at the preferred time, else inside the window, else later. */
export function nextOffer(
  brief: CallBrief,
  provider: Provider,
  duration: number,
  offered: Set<number>,
  now: Date,
): Date | null {
  const from = brief.window ? new Date(brief.window.start) : now;
  const to = brief.window ? new Date(brief.window.end) : new Date(now.getTime() + 7 * 86_400_000);
  const horizon = new Date(now.getTime() + lookAheadDays * 86_400_000);
  const atPreferredTime = (start: Date) =>
    !brief.timeOfDay ||
    isWithinClockRange(
      { start, end: new Date(start.getTime() + duration * 60_000) },
      brief.timeOfDay,
      provider.timeZone,
    );
  return (
    earliestFreeSlot(
      provider,
      { from, to, durationMinutes: duration, exclude: offered, accept: atPreferredTime },
      now,
    ) ??
    earliestFreeSlot(provider, { from, to, durationMinutes: duration, exclude: offered }, now) ??
    earliestFreeSlot(provider, { from: to, to: horizon, durationMinutes: duration, exclude: offered }, now)
  );
}
