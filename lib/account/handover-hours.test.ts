import { describe, expect, it } from "vitest";
import { handoverHoursSchema, isWithinHandoverHours, readHandoverHours } from "./handover-hours";

describe("isWithinHandoverHours", () => {
  const office = { start: "09:00", end: "18:00", time_zone: "America/New_York" };

  it("reads the time on the person's own clock, start inclusive and end exclusive", () => {
    // 09:00 New York in December is 14:00Z.
    expect(isWithinHandoverHours(office, new Date("2026-12-07T13:59:00Z"))).toBe(false);
    expect(isWithinHandoverHours(office, new Date("2026-12-07T14:00:00Z"))).toBe(true);
    expect(isWithinHandoverHours(office, new Date("2026-12-07T22:59:00Z"))).toBe(true);
    expect(isWithinHandoverHours(office, new Date("2026-12-07T23:00:00Z"))).toBe(false);
  });

  it("runs past midnight when the end is before the start", () => {
    const nights = { start: "22:00", end: "06:00", time_zone: "Europe/London" };
    expect(isWithinHandoverHours(nights, new Date("2026-12-07T23:30:00Z"))).toBe(true);
    expect(isWithinHandoverHours(nights, new Date("2026-12-08T05:59:00Z"))).toBe(true);
    expect(isWithinHandoverHours(nights, new Date("2026-12-08T12:00:00Z"))).toBe(false);
  });

  it("follows daylight saving time: 09:00 local is 13:00 UTC in summer and 14:00 UTC in winter", () => {
    expect(isWithinHandoverHours(office, new Date("2026-07-07T13:30:00Z"))).toBe(true);
    expect(isWithinHandoverHours(office, new Date("2026-12-07T13:30:00Z"))).toBe(false);
    // The morning the clocks go forward (8 March 2026): 13:00 UTC is already 09:00 EDT.
    expect(isWithinHandoverHours(office, new Date("2026-03-08T13:00:00Z"))).toBe(true);
    expect(isWithinHandoverHours(office, new Date("2026-03-07T13:00:00Z"))).toBe(false);
  });

  it("treats a zone half a day away correctly: Tokyo's 09:00–18:00 is 00:00–09:00 UTC", () => {
    const tokyo = { ...office, time_zone: "Asia/Tokyo" };
    expect(isWithinHandoverHours(tokyo, new Date("2026-12-07T00:30:00Z"))).toBe(true);
    expect(isWithinHandoverHours(tokyo, new Date("2026-12-07T15:00:00Z"))).toBe(false);
  });

  it("never rings without hours", () => {
    expect(isWithinHandoverHours(null, new Date("2026-12-07T15:00:00Z"))).toBe(false);
  });
});

describe("the stored hours", () => {
  it("are read back when valid, and as none when unreadable", () => {
    const hours = { start: "08:30", end: "12:00", time_zone: "Asia/Tokyo" };
    expect(readHandoverHours(hours)).toEqual(hours);
    expect(readHandoverHours({ start: "8", end: "12:00", time_zone: "Asia/Tokyo" })).toBeNull();
    expect(readHandoverHours(null)).toBeNull();
    expect(readHandoverHours("09:00-18:00")).toBeNull();
  });

  it("must start and end at different times", () => {
    expect(handoverHoursSchema.safeParse({ start: "09:00", end: "09:00", time_zone: "UTC" }).success).toBe(
      false,
    );
  });
});
