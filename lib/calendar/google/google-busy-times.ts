// The person's Google Calendar busy times (freeBusy) for a period, when connected. A live call is waiting on the
// answer, so the request has a short deadline, answers are reused for a minute, and any failure counts as
// "no busy times from Google" with a warning, never as a failed availability check.
import type { Clock } from "@/lib/clock";
import { logger } from "@/lib/logger";
import { queryFreeBusy } from "./google-calendar-api";
import { withGoogleAccess } from "./google-connection";

const timeoutMs = 2_500;
const reuseMs = 60_000;
const cache = new Map<string, { at: number; busy: Array<{ start: Date; end: Date }> }>();

export async function googleBusyTimes(
  userId: string,
  range: { from: Date; to: Date },
  clock: Clock,
): Promise<Array<{ start: Date; end: Date }>> {
  const key = `${userId}|${range.from.toISOString()}|${range.to.toISOString()}`;
  const now = clock.now().getTime();
  const cached = cache.get(key);
  if (cached && now - cached.at < reuseMs) return cached.busy;
  try {
    const busy =
      (await withGoogleAccess(userId, clock, AbortSignal.timeout(timeoutMs), (access) =>
        queryFreeBusy({ ...access, timeMin: range.from, timeMax: range.to }, AbortSignal.timeout(timeoutMs)),
      )) ?? [];
    if (cache.size > 1_000) cache.clear();
    cache.set(key, { at: now, busy });
    return busy;
  } catch (error) {
    logger.warn("Google Calendar busy times could not be read; checking without them", { error, userId });
    return [];
  }
}

/** Tests and a reconnect start from a clean slate. */
export function forgetGoogleBusyTimes(): void {
  cache.clear();
}
