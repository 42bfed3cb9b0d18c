import { describe, expect, test } from "vitest";
import { openingHoursFromPlaces } from "./discovery-opening-hours";
import { openingHoursSchema } from "./opening-hours";

const point = (day: number, hour: number, minute = 0) => ({ day, hour, minute });

describe("openingHoursFromPlaces", () => {
  test("maps Google's Sunday-first day numbers onto CallPilot's weekdays", () => {
    const hours = openingHoursFromPlaces([
      { open: point(0, 10), close: point(0, 14) },
      { open: point(1, 8, 30), close: point(1, 17) },
      { open: point(6, 9), close: point(6, 12, 15) },
    ]);
    expect(hours).toEqual({
      mon: [["08:30", "17:00"]],
      sat: [["09:00", "12:15"]],
      sun: [["10:00", "14:00"]],
    });
  });

  test("splits a period that runs past midnight into two days", () => {
    expect(openingHoursFromPlaces([{ open: point(5, 18), close: point(6, 2) }])).toEqual({
      fri: [["18:00", "24:00"]],
      sat: [["00:00", "02:00"]],
    });
  });

  test("splits a Saturday-night period that closes after the week wraps to Sunday", () => {
    expect(openingHoursFromPlaces([{ open: point(6, 22), close: point(0, 3) }])).toEqual({
      sat: [["22:00", "24:00"]],
      sun: [["00:00", "03:00"]],
    });
  });

  test("reads an open point with no close at Sunday midnight as open around the clock", () => {
    const hours = openingHoursFromPlaces([{ open: point(0, 0) }]);
    expect(Object.keys(hours)).toHaveLength(7);
    expect(hours.wed).toEqual([["00:00", "24:00"]]);
  });

  test("joins a lunch break's two periods only when they touch, and keeps the result valid", () => {
    const hours = openingHoursFromPlaces([
      { open: point(2, 9), close: point(2, 12) },
      { open: point(2, 13), close: point(2, 17) },
      { open: point(3, 9), close: point(3, 12) },
      { open: point(3, 12), close: point(3, 17) },
    ]);
    expect(hours.tue).toEqual([
      ["09:00", "12:00"],
      ["13:00", "17:00"],
    ]);
    expect(hours.wed).toEqual([["09:00", "17:00"]]);
    expect(openingHoursSchema.safeParse(hours).success).toBe(true);
  });

  test("no periods means no opening hours at all", () => {
    expect(openingHoursFromPlaces([])).toEqual({});
  });
});
