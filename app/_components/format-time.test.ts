import { describe, expect, it } from "vitest";
import {
  formatClock,
  formatClockRange,
  formatDayWindow,
  formatLongDate,
  formatSlot,
  windowZoneName,
} from "./format-time";

// Next week in Cambridge, MA: Monday to Monday, midnight to midnight in New York.
const decemberWeek = { start: "2026-11-30T00:00:00-05:00", end: "2026-12-07T00:00:00-05:00" };
const julyWeek = { start: "2026-07-06T00:00:00-04:00", end: "2026-07-13T00:00:00-04:00" };

describe("the zone the summary card names for the resolved dates", () => {
  it("is the window's own zone, not the zone the code runs in", () => {
    expect(windowZoneName(decemberWeek, "America/New_York")).toBe("Eastern Standard Time");
    expect(windowZoneName(decemberWeek, "Europe/London")).toBe("Greenwich Mean Time");
  });

  it("is named for the window's season, not today's", () => {
    expect(windowZoneName(julyWeek, "America/New_York")).toBe("Eastern Daylight Time");
    expect(windowZoneName(decemberWeek, "America/New_York")).toBe("Eastern Standard Time");
  });

  it("names the zone even before any dates are resolved", () => {
    expect(windowZoneName(null, "UTC")).toBe("Coordinated Universal Time");
  });
});

describe("ranges read the same on the server as in the browser", () => {
  it("uses plain spaces where Node's ICU writes thin and narrow no-break ones (Chromium writes plain ones)", () => {
    const slot = { start: "2026-11-30T15:00:00Z", end: "2026-11-30T16:00:00Z" };
    expect(formatSlot(slot, "America/New_York")).toBe("Mon, Nov 30, 10:00 – 11:00 AM EST");
    expect(formatDayWindow(decemberWeek, "America/New_York")).toBe("Mon, Nov 30 – Sun, Dec 6");
  });
});

describe("in the person's language", () => {
  it("names days, months and the clock as a Spanish, French or German reader writes them", () => {
    const slot = { start: "2026-11-30T15:00:00Z", end: "2026-11-30T16:00:00Z" };
    expect(formatLongDate(slot.start, "America/New_York", "es")).toBe("lunes, 30 de noviembre");
    expect(formatLongDate(slot.start, "America/New_York", "fr")).toBe("lundi 30 novembre");
    expect(formatLongDate(slot.start, "America/New_York", "de")).toBe("Montag, 30. November");
    expect(formatClock(slot.start, "America/New_York", false, "de")).toBe("10:00");
    expect(formatClockRange({ start: "08:00", end: "24:00" }, "es", "medianoche")).toBe("8:00 – medianoche");
  });
});
