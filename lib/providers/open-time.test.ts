import { describe, expect, test } from "vitest";
import { openTimeDuringRequest } from "./open-time";
import type { OpeningHours } from "./opening-hours";

const weekdaysNineToFive: OpeningHours = {
  mon: [["09:00", "17:00"]],
  tue: [["09:00", "17:00"]],
  wed: [["09:00", "17:00"]],
  thu: [["09:00", "17:00"]],
  fri: [["09:00", "17:00"]],
};
// Monday 7 December 2026 to Monday 14 December, Boston time.
const week = { start: "2026-12-07T00:00:00-05:00", end: "2026-12-14T00:00:00-05:00" };
const weekend = { start: "2026-12-12T00:00:00-05:00", end: "2026-12-14T00:00:00-05:00" };
const mornings = { start: "08:00", end: "12:00" };

describe("openTimeDuringRequest", () => {
  test("counts the open minutes of a window", () => {
    expect(openTimeDuringRequest(weekdaysNineToFive, "America/New_York", week, null)).toEqual({
      requestedMinutes: 7 * 24 * 60,
      openMinutes: 5 * 8 * 60,
    });
  });

  test("counts only the preferred time of day on each day of the window", () => {
    expect(openTimeDuringRequest(weekdaysNineToFive, "America/New_York", week, mornings)).toEqual({
      requestedMinutes: 7 * 4 * 60,
      openMinutes: 5 * 3 * 60,
    });
  });

  test("finds nothing open on a weekend for a weekday business", () => {
    expect(openTimeDuringRequest(weekdaysNineToFive, "America/New_York", weekend, null).openMinutes).toBe(0);
  });

  test("reads the time of day in the business's own zone", () => {
    // 08:00-12:00 in London is open at a London 09:00-17:00 business, whatever the window's offset says.
    expect(openTimeDuringRequest(weekdaysNineToFive, "Europe/London", week, mornings).openMinutes).toBe(
      5 * 3 * 60,
    );
  });

  test("keeps a day's time of day right across a daylight-saving change", () => {
    // Sunday 8 March 2026: US clocks go forward at 02:00; the 08:00-12:00 morning is still four hours long.
    const dstDay = { start: "2026-03-08T00:00:00-05:00", end: "2026-03-09T00:00:00-04:00" };
    const everyDay: OpeningHours = { sun: [["00:00", "24:00"]] };
    expect(openTimeDuringRequest(everyDay, "America/New_York", dstDay, mornings)).toEqual({
      requestedMinutes: 240,
      openMinutes: 240,
    });
  });

  test("without a window, judges a typical week against the time of day", () => {
    const dinnerOnly: OpeningHours = { fri: [["17:00", "22:00"]], sat: [["17:00", "22:00"]] };
    expect(openTimeDuringRequest(dinnerOnly, "Europe/London", null, mornings)).toEqual({
      requestedMinutes: 7 * 240,
      openMinutes: 0,
    });
    expect(openTimeDuringRequest(dinnerOnly, "Europe/London", null, null).openMinutes).toBe(2 * 300);
  });
});
