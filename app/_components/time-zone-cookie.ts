// The cookie through which the browser tells the server its time zone, so pages render times in it on the first
// HTML response (the browser writes it: browser-session-sync.tsx; Server Components read it: viewer-time-zone.ts).
import { cookieValue } from "./cookie-value";

export const timeZoneCookie = "cp_time_zone";

/** The cookie's value in a Cookie header (or document.cookie), decoded; null when absent. */
export function timeZoneIn(cookieHeader: string | null | undefined): string | null {
  const value = cookieValue(cookieHeader, timeZoneCookie);
  return value === null ? null : decodeURIComponent(value);
}
