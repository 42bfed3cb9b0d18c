// Dates and times for people, formatted with Intl in a given IANA zone (the provider's or the booking's) and in the
// person's language ("en", "es", …: next-intl's locale; American English unless a page passes one).

/**
 * Node's ICU puts thin and narrow no-break spaces in ranges ("10:00\u2009–\u200911:00\u202fAM") where Chromium
 * writes plain spaces: the server's HTML and the browser's render must read the same, or hydration fails.
 */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, " ");

/** "Tue, Dec 2, 9:00 AM EST" */
export function formatDateTime(iso: string, timeZone: string, locale = "en-US"): string {
  const text = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(iso));
  return plainSpaces(text);
}

/** "Tuesday, December 2" */
export function formatLongDate(iso: string, timeZone: string, locale = "en-US"): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "long",
    month: "long",
    day: "numeric",
  }).format(new Date(iso));
}

/** "9:00 AM" or, with the zone, "9:00 AM EST" */
export function formatClock(iso: string, timeZone: string, withZone = false, locale = "en-US"): string {
  const text = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: "numeric",
    minute: "2-digit",
    ...(withZone ? { timeZoneName: "short" } : {}),
  }).format(new Date(iso));
  return plainSpaces(text);
}

/** "Tue, Dec 2, 9:00 – 10:00 AM EST": one appointment slot. */
export function formatSlot(slot: { start: string; end: string }, timeZone: string, locale = "en-US"): string {
  const range = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).formatRange(new Date(slot.start), new Date(slot.end));
  return plainSpaces(range);
}

/** "Mon, Dec 1 – Sun, Dec 7": a window whose end is exclusive, as the person would name its days. */
export function formatDayWindow(
  window: { start: string; end: string },
  timeZone: string,
  locale = "en-US",
): string {
  const lastMoment = new Date(Date.parse(window.end) - 1);
  const range = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
  }).formatRange(new Date(window.start), lastMoment);
  return plainSpaces(range);
}

/** "08:00"–"12:00" as "8:00 AM – 12:00 PM"; "24:00" is the word for midnight in the page's language. */
export function formatClockRange(
  range: { start: string; end: string },
  locale = "en-US",
  midnight = "midnight",
): string {
  const toLabel = (clock: string) => {
    const [hours, minutes] = clock.split(":").map(Number);
    const date = new Date(Date.UTC(2000, 0, 1, hours % 24, minutes));
    const label = new Intl.DateTimeFormat(locale, {
      timeZone: "UTC",
      hour: "numeric",
      minute: "2-digit",
    }).format(date);
    return hours === 24 ? midnight : plainSpaces(label);
  };
  return `${toLabel(range.start)} – ${toLabel(range.end)}`;
}

/** "0:42" or "1:05:09": how long a call has been running. */
export function formatElapsed(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * The zone a window of days is in, named as it is at the window's start: "Eastern Standard Time" for a week in
 * December, "Eastern Daylight Time" for one in July, whatever today's season (and whatever the browser's zone).
 */
export function windowZoneName(window: { start: string } | null, timeZone: string, locale = "en-US"): string {
  return zoneName(timeZone, window ? new Date(window.start) : undefined, locale);
}

/** The zone's friendly name: "Eastern Standard Time". */
export function zoneName(timeZone: string, at = new Date(), locale = "en-US"): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "long" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}
