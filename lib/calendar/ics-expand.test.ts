import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import { expandOccurrences, parseCalendar } from "./ics-expand";

const calendar = (...events: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CallPilot tests//EN", ...events, "END:VCALENDAR"].join(
    "\r\n",
  );

const event = (...lines: string[]) =>
  ["BEGIN:VEVENT", "DTSTAMP:20260101T000000Z", ...lines, "END:VEVENT"].join("\r\n");

// Outlook writes Windows zone names and defines them in the file.
const outlookEastern = [
  "BEGIN:VTIMEZONE",
  "TZID:Eastern Standard Time",
  "BEGIN:STANDARD",
  "DTSTART:16010101T020000",
  "TZOFFSETFROM:-0400",
  "TZOFFSETTO:-0500",
  "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
  "END:STANDARD",
  "BEGIN:DAYLIGHT",
  "DTSTART:16010101T020000",
  "TZOFFSETFROM:-0500",
  "TZOFFSETTO:-0400",
  "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
  "END:DAYLIGHT",
  "END:VTIMEZONE",
].join("\r\n");

const march2026 = { from: new Date("2026-03-01T00:00:00Z"), to: new Date("2026-04-01T00:00:00Z") };
const iso = (dates: Array<{ start: Date; end: Date }>) =>
  dates.map(({ start, end }) => [start.toISOString(), end.toISOString()]);

describe("parseCalendar", () => {
  test("refuses text that is not iCalendar, with a sentence saying so", () => {
    expect(() => parseCalendar("hello, this is not a calendar")).toThrow(AppError);
    expect(() => parseCalendar("hello")).toThrow(/iCalendar/);
    expect(() => parseCalendar("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sam\r\nEND:VCARD")).toThrow(
      /BEGIN:VCALENDAR/,
    );
  });

  test("counts each recurring series once and moved instances not at all", () => {
    const parsed = parseCalendar(
      calendar(
        event("UID:weekly", "DTSTART:20260302T140000Z", "DTEND:20260302T150000Z", "RRULE:FREQ=WEEKLY"),
        event(
          "UID:weekly",
          "RECURRENCE-ID:20260309T140000Z",
          "DTSTART:20260309T160000Z",
          "DTEND:20260309T170000Z",
        ),
        event("UID:once", "DTSTART:20260305T140000Z", "DTEND:20260305T150000Z"),
      ),
    );
    expect(parsed.eventCount).toBe(2);
  });
});

describe("expandOccurrences", () => {
  test("expands a weekly rule in an IANA zone the file does not define, keeping 9:00 local across the DST change", () => {
    const parsed = parseCalendar(
      calendar(
        event(
          "UID:standup",
          "SUMMARY:Standup",
          "DTSTART;TZID=America/New_York:20260302T090000",
          "DTEND;TZID=America/New_York:20260302T093000",
          "RRULE:FREQ=WEEKLY;COUNT=3",
        ),
      ),
    );
    // US daylight time starts on 8 March 2026: 09:00 is 14:00Z before it, 13:00Z after.
    expect(iso(expandOccurrences(parsed, march2026, "UTC"))).toEqual([
      ["2026-03-02T14:00:00.000Z", "2026-03-02T14:30:00.000Z"],
      ["2026-03-09T13:00:00.000Z", "2026-03-09T13:30:00.000Z"],
      ["2026-03-16T13:00:00.000Z", "2026-03-16T13:30:00.000Z"],
    ]);
  });

  test("uses the file's own VTIMEZONE for a Windows zone name", () => {
    const parsed = parseCalendar(
      calendar(
        outlookEastern,
        event(
          "UID:outlook",
          "DTSTART;TZID=Eastern Standard Time:20260310T090000",
          "DTEND;TZID=Eastern Standard Time:20260310T100000",
        ),
      ),
    );
    expect(iso(expandOccurrences(parsed, march2026, "Europe/London"))).toEqual([
      ["2026-03-10T13:00:00.000Z", "2026-03-10T14:00:00.000Z"],
    ]);
  });

  test("leaves out EXDATE instances and puts a moved instance where it moved to", () => {
    const parsed = parseCalendar(
      calendar(
        event(
          "UID:gym",
          "SUMMARY:Gym",
          "DTSTART;TZID=Europe/London:20260302T180000",
          "DTEND;TZID=Europe/London:20260302T190000",
          "RRULE:FREQ=WEEKLY;UNTIL=20260323T235959Z",
          "EXDATE;TZID=Europe/London:20260309T180000",
        ),
        event(
          "UID:gym",
          "SUMMARY:Gym (moved)",
          "RECURRENCE-ID;TZID=Europe/London:20260316T180000",
          "DTSTART;TZID=Europe/London:20260317T070000",
          "DTEND;TZID=Europe/London:20260317T080000",
        ),
      ),
    );
    const occurrences = expandOccurrences(parsed, march2026, "UTC");
    expect(occurrences.map((o) => [o.start.toISOString(), o.title])).toEqual([
      ["2026-03-02T18:00:00.000Z", "Gym"],
      ["2026-03-17T07:00:00.000Z", "Gym (moved)"],
      // London moves to summer time on 29 March, after UNTIL; 23 March is still GMT.
      ["2026-03-23T18:00:00.000Z", "Gym"],
    ]);
  });

  test("a cancelled instance is not busy, nor is a cancelled or free (TRANSPARENT) event", () => {
    const parsed = parseCalendar(
      calendar(
        event("UID:daily", "DTSTART:20260302T120000Z", "DTEND:20260302T130000Z", "RRULE:FREQ=DAILY;COUNT=3"),
        event(
          "UID:daily",
          "RECURRENCE-ID:20260303T120000Z",
          "STATUS:CANCELLED",
          "DTSTART:20260303T120000Z",
          "DTEND:20260303T130000Z",
        ),
        event("UID:off", "STATUS:CANCELLED", "DTSTART:20260305T120000Z", "DTEND:20260305T130000Z"),
        event("UID:free", "TRANSP:TRANSPARENT", "DTSTART:20260306T120000Z", "DTEND:20260306T130000Z"),
      ),
    );
    expect(iso(expandOccurrences(parsed, march2026, "UTC")).map(([start]) => start)).toEqual([
      "2026-03-02T12:00:00.000Z",
      "2026-03-04T12:00:00.000Z",
    ]);
  });

  test("expands an endless rule only within the period asked about", () => {
    const parsed = parseCalendar(
      calendar(
        event("UID:forever", "DTSTART:20200106T090000Z", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;BYDAY=MO"),
      ),
    );
    const week = { from: new Date("2026-11-30T00:00:00Z"), to: new Date("2026-12-07T00:00:00Z") };
    expect(iso(expandOccurrences(parsed, week, "UTC"))).toEqual([
      ["2026-11-30T09:00:00.000Z", "2026-11-30T10:00:00.000Z"],
    ]);
  });

  test("floating times and all-day events mean the calendar's own zone", () => {
    const parsed = parseCalendar(
      calendar(
        event("UID:floating", "DTSTART:20260310T090000", "DTEND:20260310T100000"),
        event("UID:holiday", "SUMMARY:Day off", "DTSTART;VALUE=DATE:20260312", "DTEND;VALUE=DATE:20260313"),
        event("UID:no-end", "DTSTART;VALUE=DATE:20260320"),
      ),
    );
    const occurrences = expandOccurrences(parsed, march2026, "America/Los_Angeles");
    expect(occurrences.map((o) => [o.start.toISOString(), o.end.toISOString(), o.allDay])).toEqual([
      ["2026-03-10T16:00:00.000Z", "2026-03-10T17:00:00.000Z", false],
      ["2026-03-12T07:00:00.000Z", "2026-03-13T07:00:00.000Z", true],
      ["2026-03-20T07:00:00.000Z", "2026-03-21T07:00:00.000Z", true],
    ]);
  });

  test("keeps an event overlapping the period's edges and drops those outside it", () => {
    const parsed = parseCalendar(
      calendar(
        event("UID:before", "DTSTART:20260228T220000Z", "DTEND:20260228T230000Z"),
        event("UID:across", "DTSTART:20260228T230000Z", "DTEND:20260301T010000Z"),
        event("UID:after", "DTSTART:20260401T000000Z", "DTEND:20260401T010000Z"),
      ),
    );
    expect(expandOccurrences(parsed, march2026, "UTC").map((o) => o.uid)).toEqual(["across"]);
  });

  test("an instance moved into the period from a recurrence after it still counts", () => {
    const parsed = parseCalendar(
      calendar(
        event(
          "UID:monthly",
          "DTSTART:20260105T100000Z",
          "DTEND:20260105T110000Z",
          "RRULE:FREQ=MONTHLY;COUNT=6",
        ),
        event(
          "UID:monthly",
          "RECURRENCE-ID:20260405T100000Z",
          "DTSTART:20260331T100000Z",
          "DTEND:20260331T110000Z",
        ),
      ),
    );
    expect(iso(expandOccurrences(parsed, march2026, "UTC")).map(([start]) => start)).toEqual([
      "2026-03-05T10:00:00.000Z",
      "2026-03-31T10:00:00.000Z",
    ]);
  });
});
