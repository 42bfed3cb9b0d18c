import { describe, expect, it } from "vitest";
import { isReminderDue, reminderDueAt } from "./reminder-time";

describe("reminderDueAt", () => {
  it("is 18:00 the evening before in the appointment's zone", () => {
    expect(reminderDueAt(new Date("2026-12-10T15:00:00Z"), "America/New_York").toISOString()).toBe(
      "2026-12-09T23:00:00.000Z",
    );
    expect(reminderDueAt(new Date("2026-12-10T08:00:00Z"), "Europe/Berlin").toISOString()).toBe(
      "2026-12-09T17:00:00.000Z",
    );
  });

  it("follows the local clock across a daylight-saving change", () => {
    // Monday 30 March 2026, 09:00 London; summer time began at 01:00 on 29 March, so 18:00 that evening is 17:00Z.
    expect(reminderDueAt(new Date("2026-03-30T08:00:00Z"), "Europe/London").toISOString()).toBe(
      "2026-03-29T17:00:00.000Z",
    );
  });

  it("reads an appointment just after midnight local as the day it falls on, not the UTC day", () => {
    // 00:30 Tokyo on 11 December is 15:30Z on 10 December; the evening before is 18:00 Tokyo on 10 December.
    expect(reminderDueAt(new Date("2026-12-10T15:30:00Z"), "Asia/Tokyo").toISOString()).toBe(
      "2026-12-10T09:00:00.000Z",
    );
  });
});

describe("isReminderDue", () => {
  const slotStart = new Date("2026-12-10T15:00:00Z");
  const timeZone = "America/New_York";
  const due = (now: string) => isReminderDue({ slotStart, timeZone, now: new Date(now) });

  it("is not due before the evening before, and is from then on", () => {
    expect(due("2026-12-09T22:59:59Z")).toBe(false);
    expect(due("2026-12-09T23:00:00Z")).toBe(true);
    expect(due("2026-12-10T06:00:00Z")).toBe(true);
  });

  it("is never due within two hours of the appointment, nor after it", () => {
    expect(due("2026-12-10T12:59:00Z")).toBe(true);
    expect(due("2026-12-10T13:00:00Z")).toBe(false);
    expect(due("2026-12-10T16:00:00Z")).toBe(false);
  });
});
