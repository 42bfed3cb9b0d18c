// Brings a booking request's derived fields in line with what was said: the window from the timeframe, the clock
// range from the preferred time. Both intake paths run it after every turn, and callers run it when the zone changes.
import { DateTime } from "luxon";
import {
  missingRequiredFields,
  requestLanguage,
  type BookingRequest,
  type Language,
  type TaskStatus,
} from "./booking-request";
import { replyWords } from "./languages";
import { resolveTimeOfDay } from "./time-of-day";
import { resolveTimeframe } from "./timeframe";

export interface ResolvedRequest {
  request: BookingRequest;
  /** Set when the timeframe is entirely over: nothing can be booked in it, so the person must pick new dates. */
  attention: string | null;
}

/**
 * The request with `window` recomputed from `timeframe` (and the label normalised, "Friday" → "2026-11-27") and
 * `time_of_day` from `preferred_time`. A window or clock range given outright survives only when its text cannot
 * be resolved. A timeframe entirely in the past keeps its window as said and comes back with `attention`.
 */
export function resolveRequestTimes(request: BookingRequest, now: Date, timeZone: string): ResolvedRequest {
  const resolved = { ...request };
  let attention: string | null = null;
  if (request.timeframe !== null) {
    const timeframe = resolveTimeframe(request.timeframe, now, timeZone);
    if (timeframe) {
      resolved.timeframe = timeframe.timeframe;
      resolved.window = timeframe.window;
      if (timeframe.isPast)
        attention = pastTimeframeAttention(timeframe.timeframe, timeZone, requestLanguage(request));
    }
  }
  if (request.preferred_time !== null) {
    // "at 7" for a restaurant table is the evening, however many turns ago the restaurant was mentioned.
    const timeOfDay = resolveTimeOfDay(request.preferred_time, {
      eveningByDefault: request.service_type === "restaurant",
    });
    if (timeOfDay) resolved.time_of_day = timeOfDay.time_of_day;
  }
  return { request: resolved, attention };
}

export function deriveTaskStatus(request: BookingRequest, attention: string | null): TaskStatus {
  if (attention !== null) return "requires_user_attention";
  return missingRequiredFields(request).length > 0 ? "gathering_info" : "ready_to_call";
}

/** "Wed 25 Nov 2026 has already passed — ...", naming dates the way people read them. */
export function pastTimeframeAttention(
  timeframe: string,
  timeZone: string,
  language: Language = "en",
): string {
  const dates = timeframe.match(/^(\d{4}-\d{2}-\d{2})(?: to (\d{4}-\d{2}-\d{2}))?$/);
  const said = dates
    ? dates
        .slice(1)
        .filter(Boolean)
        .map((day) =>
          DateTime.fromISO(day, { zone: timeZone })
            .setLocale(language === "en" ? "en-GB" : language)
            .toFormat("ccc d LLL yyyy"),
        )
        .join(" – ")
    : `“${timeframe}”`;
  return replyWords(language).pastDates(said);
}
