import { describe, expect, test } from "vitest";
import type { BookingRequest } from "@/lib/intake/booking-request";
import { evaluateSlot, type BusyInterval } from "./slot-fit";

// Thursday 26 November 2026, 10:00 in Boston.
const now = new Date("2026-11-26T15:00:00Z");
const zone = "America/New_York";
// Monday 30 November to Monday 7 December 2026 (exclusive), Boston time.
const nextWeek = { start: "2026-11-30T00:00:00-05:00", end: "2026-12-07T00:00:00-05:00" };
const mornings = { start: "08:00", end: "12:00" };

function request(overrides: Partial<BookingRequest> = {}): BookingRequest {
  return {
    service_type: "dentist",
    location: "Cambridge MA",
    timeframe: "next week",
    window: nextWeek,
    preferred_time: null,
    time_of_day: null,
    party_size: null,
    client_name: "Sam Lee",
    notes: null,
    ...overrides,
  };
}

const slot = (start: string, minutes = 60) => {
  const from = new Date(start);
  return { start: from, end: new Date(from.getTime() + minutes * 60_000) };
};

function verdict(
  start: string,
  options: {
    minutes?: number;
    request?: BookingRequest;
    busy?: BusyInterval[];
    now?: Date;
    zone?: string;
  } = {},
) {
  return evaluateSlot({
    slot: slot(start, options.minutes),
    request: options.request ?? request(),
    timeZone: options.zone ?? zone,
    busy: options.busy ?? [],
    now: options.now ?? now,
  });
}

describe("evaluateSlot: the window", () => {
  test("a slot inside the window fits with no reason", () => {
    expect(verdict("2026-12-02T15:00:00Z")).toEqual({
      fits: true,
      insideWindow: true,
      atPreferredTime: true,
      reason: null,
      reasonSentence: null,
    });
  });

  test("a slot starting exactly at the window's start fits", () => {
    expect(verdict("2026-11-30T05:00:00Z").fits).toBe(true);
  });

  test("a slot ending exactly at the window's (exclusive) end fits", () => {
    expect(verdict("2026-12-07T04:00:00Z").fits).toBe(true);
  });

  test("a slot that runs one minute past the window's end is outside it", () => {
    const result = verdict("2026-12-07T04:01:00Z");
    expect(result.insideWindow).toBe(false);
    expect(result.fits).toBe(false);
    expect(result.reason).toBe("That is outside the dates the client is available.");
  });

  test("a slot before the window starts is outside it", () => {
    const result = verdict("2026-11-30T04:30:00Z");
    expect(result).toMatchObject({ fits: false, insideWindow: false });
    expect(result.reason).toBe("That is outside the dates the client is available.");
  });

  test("without a window any future slot is inside it", () => {
    const result = verdict("2027-03-01T15:00:00Z", { request: request({ window: null }) });
    expect(result).toMatchObject({ fits: true, insideWindow: true });
  });
});

describe("evaluateSlot: the time of day, read in the booking's zone", () => {
  const morningRequest = request({ time_of_day: mornings });

  test("a 09:00–10:00 Boston slot is at a morning preference", () => {
    // 14:00Z on Wednesday 2 December is 09:00 in Boston (EST, UTC−5).
    expect(verdict("2026-12-02T14:00:00Z", { request: morningRequest })).toMatchObject({
      fits: true,
      atPreferredTime: true,
    });
  });

  test("a slot ending exactly at the end of the preferred time fits; one a minute later does not", () => {
    expect(verdict("2026-12-02T16:00:00Z", { request: morningRequest }).fits).toBe(true);
    expect(verdict("2026-12-02T16:01:00Z", { request: morningRequest }).fits).toBe(false);
  });

  test("a slot starting before the preferred time is inside the window but not at the preferred time", () => {
    const result = verdict("2026-12-02T12:30:00Z", { request: morningRequest });
    expect(result).toEqual({
      fits: false,
      insideWindow: true,
      atPreferredTime: false,
      reason: "That is outside the client's preferred time (08:00–12:00).",
      reasonSentence: { key: "slotOutsideTime", values: { from: "08:00", to: "12:00" } },
    });
  });

  test("the same instant is judged by the booking's zone, not by UTC", () => {
    // 14:00Z is 09:00 in Boston but 06:00 in San Francisco.
    expect(verdict("2026-12-02T14:00:00Z", { request: morningRequest }).atPreferredTime).toBe(true);
    expect(
      verdict("2026-12-02T14:00:00Z", { request: morningRequest, zone: "America/Los_Angeles" })
        .atPreferredTime,
    ).toBe(false);
  });

  test("a slot that crosses midnight is never at a time of day", () => {
    const evenings = request({ time_of_day: { start: "18:00", end: "24:00" } });
    // 04:30Z on 2 December is 23:30 on 1 December in Boston; the hour ends at 00:30 the next day.
    expect(verdict("2026-12-02T04:30:00Z", { request: evenings }).atPreferredTime).toBe(false);
  });

  test("a slot ending exactly at midnight fits an evening preference that runs to 24:00", () => {
    // 04:00Z on 2 December is 23:00 on 1 December in Boston; the slot ends at midnight.
    const evenings = request({ time_of_day: { start: "18:00", end: "24:00" } });
    expect(verdict("2026-12-02T04:00:00Z", { request: evenings })).toMatchObject({
      fits: true,
      atPreferredTime: true,
    });
  });

  test("a late-evening slot ending at midnight is not at a morning preference", () => {
    // 23:00–00:00 must not pass as "before 12:00" because its end reads 00:00.
    const result = verdict("2026-12-02T04:00:00Z", { request: morningRequest });
    expect(result.atPreferredTime).toBe(false);
    expect(result.reason).toBe("That is outside the client's preferred time (08:00–12:00).");
  });

  describe("across the end of daylight saving time (Sunday 1 November 2026 in the US)", () => {
    const dstNow = new Date("2026-10-28T12:00:00Z");
    const dstWeek = request({
      window: { start: "2026-10-30T00:00:00-04:00", end: "2026-11-05T00:00:00-05:00" },
      time_of_day: mornings,
    });
    const judge = (start: string) => verdict(start, { request: dstWeek, now: dstNow });

    test("08:30 local is a morning on both sides of the change, at different UTC hours", () => {
      expect(judge("2026-10-30T12:30:00Z").atPreferredTime).toBe(true); // Fri 08:30 EDT
      expect(judge("2026-11-02T13:30:00Z").atPreferredTime).toBe(true); // Mon 08:30 EST
    });

    test("the same UTC hour is a morning before the change and too early after it", () => {
      expect(judge("2026-10-30T12:30:00Z").atPreferredTime).toBe(true); // Fri 08:30 EDT
      expect(judge("2026-11-02T12:30:00Z").atPreferredTime).toBe(false); // Mon 07:30 EST
    });

    test("a slot ending at 12:00 local fits after the change; the same UTC time before it ends at 13:00", () => {
      expect(judge("2026-11-02T16:00:00Z").atPreferredTime).toBe(true); // Mon 11:00–12:00 EST
      expect(judge("2026-10-30T16:00:00Z").atPreferredTime).toBe(false); // Fri 12:00–13:00 EDT
    });

    test("on the day of the change itself, 09:00 local is 14:00Z", () => {
      expect(judge("2026-11-01T14:00:00Z").atPreferredTime).toBe(true); // Sun 09:00 EST
      expect(judge("2026-11-01T11:30:00Z").atPreferredTime).toBe(false); // Sun 06:30 EST
    });
  });
});

describe("evaluateSlot: past slots", () => {
  test("a slot starting now has already passed", () => {
    const result = verdict("2026-11-26T15:00:00Z", { request: request({ window: null }) });
    expect(result.fits).toBe(false);
    expect(result.reason).toBe("That time has already passed.");
  });

  test("a slot a minute from now has not", () => {
    expect(verdict("2026-11-26T15:01:00Z", { request: request({ window: null }) }).fits).toBe(true);
  });

  test("a past slot inside the window is reported as passed, the first reason", () => {
    const result = verdict("2026-12-02T15:00:00Z", { now: new Date("2026-12-03T00:00:00Z") });
    expect(result).toMatchObject({
      fits: false,
      insideWindow: true,
      reason: "That time has already passed.",
    });
  });
});

describe("evaluateSlot: clashes with the person's other appointments", () => {
  const busy: BusyInterval[] = [
    { start: new Date("2026-12-02T15:00:00Z"), end: new Date("2026-12-02T16:00:00Z"), label: "a haircut" },
  ];

  test("an overlapping slot does not fit and names the other appointment", () => {
    const result = verdict("2026-12-02T15:30:00Z", { busy });
    expect(result).toEqual({
      fits: false,
      insideWindow: true,
      atPreferredTime: true,
      reason: "The client already has a haircut at that time.",
      reasonSentence: { key: "slotClashes", values: { label: "a haircut" } },
    });
  });

  test("a slot ending exactly when the other appointment starts does not clash", () => {
    expect(verdict("2026-12-02T14:00:00Z", { busy }).fits).toBe(true);
  });

  test("a slot starting exactly when the other appointment ends does not clash", () => {
    expect(verdict("2026-12-02T16:00:00Z", { busy }).fits).toBe(true);
  });

  test("a slot that contains the other appointment clashes", () => {
    expect(verdict("2026-12-02T14:30:00Z", { busy, minutes: 120 }).fits).toBe(false);
  });
});

describe("evaluateSlot: which reason is given first", () => {
  const busyAll: BusyInterval[] = [
    {
      start: new Date("2026-01-01T00:00:00Z"),
      end: new Date("2027-12-31T00:00:00Z"),
      label: "another appointment",
    },
  ];
  const morningRequest = request({ time_of_day: mornings });

  test("outside the window comes before the time of day and the clash", () => {
    expect(verdict("2026-12-10T20:00:00Z", { request: morningRequest, busy: busyAll }).reason).toBe(
      "That is outside the dates the client is available.",
    );
  });

  test("the time of day comes before the clash", () => {
    expect(verdict("2026-12-02T20:00:00Z", { request: morningRequest, busy: busyAll }).reason).toBe(
      "That is outside the client's preferred time (08:00–12:00).",
    );
  });

  test("a clash is reported when everything else fits", () => {
    expect(verdict("2026-12-02T14:00:00Z", { request: morningRequest, busy: busyAll }).reason).toBe(
      "The client already has another appointment at that time.",
    );
  });
});
