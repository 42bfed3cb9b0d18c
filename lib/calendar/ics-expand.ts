// Reading an iCalendar (.ics) text with ical.js and expanding its events into busy occurrences within a period:
// recurrences (RRULE, RDATE, EXDATE, moved or cancelled instances) and time zones (the file's own VTIMEZONEs, IANA
// TZIDs it does not define, floating and all-day times in the calendar's zone). Free (TRANSPARENT) and cancelled
// events are not busy.
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { isKnownTimeZone } from "@/lib/config";
import { invalid } from "@/lib/errors";

export interface Occurrence {
  uid: string;
  /** The event's own title: for the person's eyes only. */
  title: string | null;
  start: Date;
  end: Date;
  allDay: boolean;
}

interface Series {
  uid: string;
  event: ICAL.Event;
  /** The TZID the event was written in, kept because ical.js drops it from the instances its iterator yields. */
  tzid: string | undefined;
}

export interface ParsedCalendar {
  series: Series[];
  /** Events in the file (each recurring series counts once, moved instances not at all). */
  eventCount: number;
}

/** A runaway rule (every second for years) stops here rather than holding up a call... */
const maxInstancesPerSeries = 50_000;
/** ...and so does a file of many long-running series, all together. */
const maxInstancesPerExpansion = 250_000;

/** Parses the text or throws an `invalid` error saying why it is not a calendar CallPilot can read. */
export function parseCalendar(text: string): ParsedCalendar {
  let roots: ICAL.Component[];
  try {
    const parsed: unknown = ICAL.parse(text);
    const jcals = (Array.isArray(parsed) && typeof parsed[0] === "string" ? [parsed] : parsed) as unknown[];
    roots = jcals.map((jcal) => new ICAL.Component(jcal as unknown[]));
  } catch (error) {
    throw invalid(`That is not an iCalendar (.ics) file CallPilot can read: ${(error as Error).message}.`);
  }
  if (roots.length === 0 || roots.some((root) => root.name !== "vcalendar")) {
    throw invalid("That is not an iCalendar (.ics) file: it must start with BEGIN:VCALENDAR.");
  }

  const series: Series[] = [];
  for (const root of roots) {
    const components = root.getAllSubcomponents("vevent");
    const exceptionsByUid = new Map<string, ICAL.Component[]>();
    for (const component of components) {
      if (!component.hasProperty("recurrence-id")) continue;
      const uid = String(component.getFirstPropertyValue("uid") ?? "");
      exceptionsByUid.set(uid, [...(exceptionsByUid.get(uid) ?? []), component]);
    }
    const mastersByUid = new Set<string>();
    for (const component of components) {
      if (component.hasProperty("recurrence-id")) continue;
      const uid = String(component.getFirstPropertyValue("uid") ?? "");
      mastersByUid.add(uid);
      const event = new ICAL.Event(component, {
        strictExceptions: true,
        exceptions: exceptionsByUid.get(uid) ?? [],
      });
      series.push({ uid, event, tzid: tzidOf(component) });
    }
    // A moved instance whose series is not in the file (an invitation to one meeting of a series) stands alone.
    for (const [uid, orphans] of exceptionsByUid) {
      if (mastersByUid.has(uid)) continue;
      for (const component of orphans) {
        series.push({ uid, event: new ICAL.Event(component, { exceptions: [] }), tzid: tzidOf(component) });
      }
    }
  }
  return { series, eventCount: series.length };
}

/** Every busy occurrence overlapping [from, to), earliest first. Floating and all-day times mean `timeZone`. */
export function expandOccurrences(
  calendar: ParsedCalendar,
  range: { from: Date; to: Date },
  timeZone: string,
): Occurrence[] {
  const result: Occurrence[] = [];
  const from = range.from.getTime();
  const to = range.to.getTime();
  const keep = (occurrence: Occurrence) => {
    if (occurrence.start.getTime() < to && occurrence.end.getTime() > from) result.push(occurrence);
  };

  let budget = maxInstancesPerExpansion;
  for (const { uid, event, tzid } of calendar.series) {
    if (!isBusy(event)) continue;
    if (!event.isRecurring()) {
      const occurrence = occurrenceOf(uid, event, event.startDate, event.endDate, tzid, timeZone);
      if (occurrence) keep(occurrence);
      continue;
    }
    const iterator = event.iterator();
    for (let count = 0, next = iterator.next(); next; next = iterator.next()) {
      if (instantOf(next, tzid, timeZone) >= to || ++count > maxInstancesPerSeries || --budget < 0) break;
      const details = event.getOccurrenceDetails(next);
      if (details.item !== event) continue; // Moved or changed instances are handled below, wherever they moved.
      const occurrence = occurrenceOf(uid, event, details.startDate, details.endDate, tzid, timeZone);
      if (occurrence) keep(occurrence);
    }
    for (const exception of Object.values(event.exceptions)) {
      if (!isBusy(exception)) continue;
      const exceptionZone = tzidOf(exception.component) ?? tzid;
      const occurrence = occurrenceOf(
        uid,
        exception,
        exception.startDate,
        exception.endDate,
        exceptionZone,
        timeZone,
      );
      if (occurrence) keep(occurrence);
    }
  }
  return result.sort((a, b) => a.start.getTime() - b.start.getTime());
}

function isBusy(event: ICAL.Event): boolean {
  const status = String(event.component.getFirstPropertyValue("status") ?? "").toUpperCase();
  const transparency = String(event.component.getFirstPropertyValue("transp") ?? "").toUpperCase();
  return status !== "CANCELLED" && transparency !== "TRANSPARENT";
}

function occurrenceOf(
  uid: string,
  event: ICAL.Event,
  startTime: ICAL.Time | null,
  endTime: ICAL.Time | null,
  tzid: string | undefined,
  timeZone: string,
): Occurrence | null {
  if (!startTime) return null;
  const allDay = startTime.isDate;
  const start = instantOf(startTime, tzid, timeZone);
  let end = endTime ? instantOf(endTime, tzid, timeZone) : start;
  // RFC 5545: an all-day event with no end lasts the day; a timed one with no end or duration is an instant.
  if (allDay && end <= start)
    end = DateTime.fromMillis(start, { zone: timeZone }).plus({ days: 1 }).toMillis();
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return null;
  return { uid, title: event.summary || null, start: new Date(start), end: new Date(end), allDay };
}

/**
 * The instant an ical.js time means. UTC and zones the file defines are ical.js's to convert; a TZID the file
 * does not define is read as an IANA zone when it is one; floating times and dates mean the calendar's zone.
 */
function instantOf(time: ICAL.Time, tzid: string | undefined, timeZone: string): number {
  const zone = time.zone;
  if (!time.isDate && zone && zone.tzid !== "floating") return time.toUnixTime() * 1000;
  // ical.js keeps a TZID it could not resolve on the time itself (not in its typings).
  const named = (time as ICAL.Time & { timezone?: string }).timezone ?? tzid;
  const wallClockZone = !time.isDate && named && isKnownTimeZone(named) ? named : timeZone;
  return DateTime.fromObject(
    {
      year: time.year,
      month: time.month,
      day: time.day,
      hour: time.isDate ? 0 : time.hour,
      minute: time.isDate ? 0 : time.minute,
      second: time.isDate ? 0 : time.second,
    },
    { zone: wallClockZone },
  ).toMillis();
}

function tzidOf(component: ICAL.Component): string | undefined {
  const tzid = component.getFirstProperty("dtstart")?.getParameter("tzid");
  return typeof tzid === "string" ? tzid : undefined;
}
