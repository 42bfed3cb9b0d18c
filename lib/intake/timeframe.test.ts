import { afterEach, describe, expect, it } from "vitest";
import { resolveTimeframe } from "./timeframe";

// Thursday 26 November 2026, 10:00 in New York (EST, -05:00).
const newYorkMorning = new Date("2026-11-26T15:00:00Z");

describe("resolveTimeframe in New York", () => {
  it.each([
    ["today", "today", "2026-11-26T10:00:00-05:00", "2026-11-27T00:00:00-05:00"],
    ["tonight", "today", "2026-11-26T10:00:00-05:00", "2026-11-27T00:00:00-05:00"],
    ["tomorrow morning", "tomorrow", "2026-11-27T00:00:00-05:00", "2026-11-28T00:00:00-05:00"],
    ["the day after tomorrow", "2026-11-28", "2026-11-28T00:00:00-05:00", "2026-11-29T00:00:00-05:00"],
    ["this week", "this week", "2026-11-26T10:00:00-05:00", "2026-11-30T00:00:00-05:00"],
    ["next week", "next week", "2026-11-30T00:00:00-05:00", "2026-12-07T00:00:00-05:00"],
    ["this weekend", "this weekend", "2026-11-28T00:00:00-05:00", "2026-11-30T00:00:00-05:00"],
    ["next weekend", "next weekend", "2026-12-05T00:00:00-05:00", "2026-12-07T00:00:00-05:00"],
    ["this month", "this month", "2026-11-26T10:00:00-05:00", "2026-12-01T00:00:00-05:00"],
    ["next month", "next month", "2026-12-01T00:00:00-05:00", "2027-01-01T00:00:00-05:00"],
    ["in 2 weeks", "in 2 weeks", "2026-12-07T00:00:00-05:00", "2026-12-14T00:00:00-05:00"],
    ["in a couple of weeks", "in 2 weeks", "2026-12-07T00:00:00-05:00", "2026-12-14T00:00:00-05:00"],
    ["the week after next", "in 2 weeks", "2026-12-07T00:00:00-05:00", "2026-12-14T00:00:00-05:00"],
    ["in 3 days", "in 3 days", "2026-11-29T00:00:00-05:00", "2026-11-30T00:00:00-05:00"],
    ["within two weeks", "in the next 2 weeks", "2026-11-26T10:00:00-05:00", "2026-12-10T00:00:00-05:00"],
    [
      "over the next few days",
      "in the next 3 days",
      "2026-11-26T10:00:00-05:00",
      "2026-11-29T00:00:00-05:00",
    ],
    ["sometime soon", "in the next 2 weeks", "2026-11-26T10:00:00-05:00", "2026-12-10T00:00:00-05:00"],
    ["asap", "as soon as possible", "2026-11-26T10:00:00-05:00", "2026-12-03T00:00:00-05:00"],
    ["as soon as possible", "as soon as possible", "2026-11-26T10:00:00-05:00", "2026-12-03T00:00:00-05:00"],
    [
      "the earliest you can get",
      "as soon as possible",
      "2026-11-26T10:00:00-05:00",
      "2026-12-03T00:00:00-05:00",
    ],
    ["Friday", "2026-11-27", "2026-11-27T00:00:00-05:00", "2026-11-28T00:00:00-05:00"],
    ["next Friday", "2026-12-04", "2026-12-04T00:00:00-05:00", "2026-12-05T00:00:00-05:00"],
    ["Tuesday next week", "2026-12-01", "2026-12-01T00:00:00-05:00", "2026-12-02T00:00:00-05:00"],
    ["next week on Wednesday", "2026-12-02", "2026-12-02T00:00:00-05:00", "2026-12-03T00:00:00-05:00"],
    ["Dec 3", "2026-12-03", "2026-12-03T00:00:00-05:00", "2026-12-04T00:00:00-05:00"],
    ["on the 5th", "2026-12-05", "2026-12-05T00:00:00-05:00", "2026-12-06T00:00:00-05:00"],
    ["Dec 3-5", "2026-12-03 to 2026-12-05", "2026-12-03T00:00:00-05:00", "2026-12-06T00:00:00-05:00"],
    [
      "Monday or Tuesday",
      "2026-11-30 to 2026-12-01",
      "2026-11-30T00:00:00-05:00",
      "2026-12-02T00:00:00-05:00",
    ],
    [
      "today or tomorrow",
      "2026-11-26 to 2026-11-27",
      "2026-11-26T10:00:00-05:00",
      "2026-11-28T00:00:00-05:00",
    ],
    ["in December", "2026-12-01 to 2026-12-31", "2026-12-01T00:00:00-05:00", "2027-01-01T00:00:00-05:00"],
    [
      "later in November",
      "2026-11-01 to 2026-11-30",
      "2026-11-26T10:00:00-05:00",
      "2026-12-01T00:00:00-05:00",
    ],
    ["2026-12-03", "2026-12-03", "2026-12-03T00:00:00-05:00", "2026-12-04T00:00:00-05:00"],
    [
      "2026-12-03 to 2026-12-05",
      "2026-12-03 to 2026-12-05",
      "2026-12-03T00:00:00-05:00",
      "2026-12-06T00:00:00-05:00",
    ],
  ])("%s → %s", (text, timeframe, start, end) => {
    expect(resolveTimeframe(text, newYorkMorning, "America/New_York")).toEqual({
      timeframe,
      window: { start, end },
      isPast: false,
    });
  });

  it.each([
    ["yesterday", "2026-11-25"],
    ["last week", "last week"],
    ["last Monday", "2026-11-23"],
    ["Nov 3 2026", "2026-11-03"],
  ])("flags %s as already past", (text, timeframe) => {
    expect(resolveTimeframe(text, newYorkMorning, "America/New_York")).toMatchObject({
      timeframe,
      isPast: true,
    });
  });

  it.each([
    "around 3pm",
    "I have Sun Life insurance",
    "May I book a dentist?",
    "a table for 4",
    "I need help",
  ])("finds no timeframe in %s", (text) => {
    expect(resolveTimeframe(text, newYorkMorning, "America/New_York")).toBeNull();
  });

  it("starts today's window at the next quarter hour", () => {
    const at1507 = new Date("2026-11-26T20:07:30Z");
    expect(resolveTimeframe("today", at1507, "America/New_York")?.window.start).toBe(
      "2026-11-26T15:15:00-05:00",
    );
  });

  it("treats today as over in its last quarter hour", () => {
    const at2355 = new Date("2026-11-27T04:55:00Z");
    expect(resolveTimeframe("today", at2355, "America/New_York")).toMatchObject({
      timeframe: "today",
      isPast: true,
    });
  });

  it("resolves every label it produces to the same label and window", () => {
    const labels = [
      "today",
      "next week",
      "in 2 weeks",
      "in the next 3 days",
      "as soon as possible",
      "2026-12-03 to 2026-12-05",
    ];
    for (const label of labels) {
      const first = resolveTimeframe(label, newYorkMorning, "America/New_York");
      expect(resolveTimeframe(first!.timeframe, newYorkMorning, "America/New_York")).toEqual(first);
    }
  });
});

describe("resolveTimeframe across zones", () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it("reads tomorrow as the zone's tomorrow, not the server's", () => {
    // 03:00 UTC on Friday 27 November: still Thursday evening in New York, already Friday in London.
    const instant = new Date("2026-11-27T03:00:00Z");
    expect(resolveTimeframe("tomorrow", instant, "America/New_York")?.window).toEqual({
      start: "2026-11-27T00:00:00-05:00",
      end: "2026-11-28T00:00:00-05:00",
    });
    expect(resolveTimeframe("tomorrow", instant, "Europe/London")?.window).toEqual({
      start: "2026-11-28T00:00:00+00:00",
      end: "2026-11-29T00:00:00+00:00",
    });
  });

  it("gives the same answer whatever the server's own zone is", () => {
    const instant = new Date("2026-11-27T03:00:00Z");
    process.env.TZ = "Asia/Tokyo";
    const fromTokyo = resolveTimeframe("Friday", instant, "America/New_York");
    process.env.TZ = "America/Los_Angeles";
    const fromLosAngeles = resolveTimeframe("Friday", instant, "America/New_York");
    expect(fromTokyo).toEqual(fromLosAngeles);
    expect(fromTokyo?.timeframe).toBe("2026-11-27");
  });

  it("spans the autumn clock change in London (BST to GMT on Sunday 25 October 2026)", () => {
    const thursday = new Date("2026-10-22T08:07:00Z"); // 09:07 BST
    const zone = "Europe/London";
    expect(resolveTimeframe("today", thursday, zone)?.window).toEqual({
      start: "2026-10-22T09:15:00+01:00",
      end: "2026-10-23T00:00:00+01:00",
    });
    expect(resolveTimeframe("this weekend", thursday, zone)?.window).toEqual({
      start: "2026-10-24T00:00:00+01:00",
      end: "2026-10-26T00:00:00+00:00",
    });
    expect(resolveTimeframe("next week", thursday, zone)?.window).toEqual({
      start: "2026-10-26T00:00:00+00:00",
      end: "2026-11-02T00:00:00+00:00",
    });
  });

  it("gives the 25-hour day of the New York clock change its real length", () => {
    const wednesday = new Date("2026-10-28T16:00:00Z"); // 12:00 EDT
    expect(resolveTimeframe("Sunday", wednesday, "America/New_York")).toEqual({
      timeframe: "2026-11-01",
      window: { start: "2026-11-01T00:00:00-04:00", end: "2026-11-02T00:00:00-05:00" },
      isPast: false,
    });
  });

  it("keeps half-hour offsets", () => {
    const instant = new Date("2026-11-26T05:00:00Z"); // 10:30 in Kolkata
    expect(resolveTimeframe("tomorrow", instant, "Asia/Kolkata")?.window).toEqual({
      start: "2026-11-27T00:00:00+05:30",
      end: "2026-11-28T00:00:00+05:30",
    });
  });
});
