import { describe, expect, test } from "vitest";
import type { Provider } from "@/db/providers";
import type { OpeningHours } from "@/lib/providers/opening-hours";
import { isOpenAt, nextOpeningAt } from "@/lib/providers/opening-hours";
import { mustRespectOpeningHours, whenToDial } from "./call-hours";

const weekdaysNineToFive: OpeningHours = {
  mon: [["09:00", "17:00"]],
  tue: [["09:00", "17:00"]],
  wed: [["09:00", "17:00"]],
  thu: [["09:00", "17:00"]],
  fri: [["09:00", "17:00"]],
};

function provider(timeZone: string, openingHours: OpeningHours, country = "US"): Provider {
  return {
    id: `test-${timeZone}`,
    name: "Test Dental",
    serviceType: "dentist",
    phone: "+16175550100",
    address: "1 Test St",
    city: "Test",
    country,
    language: null,
    latitude: 0,
    longitude: 0,
    timeZone,
    rating: 4,
    openingHours,
    source: "admin",
    externalRef: null,
    simulationProfile: "accepts",
    disabled: false,
    businessStatus: null,
    refreshedAt: null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
  };
}

const boston = provider("America/New_York", weekdaysNineToFive);
const london = provider("Europe/London", weekdaysNineToFive, "GB");
const tokyo = provider("Asia/Tokyo", weekdaysNineToFive, "JP");
const neverOpen = provider("America/New_York", {});

describe("mustRespectOpeningHours", () => {
  test("real phones always respect opening hours; the simulation only when asked", () => {
    expect(mustRespectOpeningHours(true, false)).toBe(true);
    expect(mustRespectOpeningHours(true, true)).toBe(true);
    expect(mustRespectOpeningHours(false, true)).toBe(true);
    expect(mustRespectOpeningHours(false, false)).toBe(false);
  });
});

describe("whenToDial", () => {
  // Thursday 3 December 2026, 15:00 UTC: 10:00 in Boston, 15:00 in London, 00:00 Friday in Tokyo (no holiday).
  const thursday = new Date("2026-12-03T15:00:00Z");

  test("a business open now is dialed now", () => {
    expect(whenToDial(boston, thursday, true)).toEqual({ kind: "now" });
    expect(whenToDial(london, thursday, true)).toEqual({ kind: "now" });
  });

  test("a business closed now is dialed at its next opening, in its own zone", () => {
    // Midnight in Tokyo: it opens at 09:00 Friday Tokyo time, 00:00 UTC.
    expect(whenToDial(tokyo, thursday, true)).toEqual({
      kind: "later",
      at: new Date("2026-12-04T00:00:00Z"),
    });
  });

  test("after closing on a Friday, the next opening is Monday morning", () => {
    // Friday 4 December 2026, 18:00 in Boston.
    const fridayEvening = new Date("2026-12-04T23:00:00Z");
    expect(whenToDial(boston, fridayEvening, true)).toEqual({
      kind: "later",
      at: new Date("2026-12-07T14:00:00Z"),
    });
  });

  test("opening time itself counts as open; closing time itself does not", () => {
    expect(whenToDial(boston, new Date("2026-12-03T14:00:00Z"), true)).toEqual({ kind: "now" });
    expect(whenToDial(boston, new Date("2026-12-03T22:00:00Z"), true)).toEqual({
      kind: "later",
      at: new Date("2026-12-04T14:00:00Z"),
    });
  });

  test("a business never open is never dialed", () => {
    expect(whenToDial(neverOpen, thursday, true)).toEqual({ kind: "never" });
  });

  test("the simulation ignores opening hours unless asked, even for a business never open", () => {
    expect(whenToDial(tokyo, thursday, false)).toEqual({ kind: "now" });
    expect(whenToDial(neverOpen, thursday, false)).toEqual({ kind: "now" });
  });

  test("a business open one morning a week is dialed that morning", () => {
    const sundays = provider("America/New_York", { sun: [["10:00", "12:00"]] });
    expect(whenToDial(sundays, thursday, true)).toEqual({
      kind: "later",
      at: new Date("2026-12-06T15:00:00Z"),
    });
  });
});

describe("public holidays of the business's country", () => {
  test("a business is not called on a public holiday: Thanksgiving in Boston waits for Friday's opening", () => {
    // Thursday 26 November 2026 (Thanksgiving), 10:00 in Boston.
    expect(whenToDial(boston, new Date("2026-11-26T15:00:00Z"), true)).toEqual({
      kind: "later",
      at: new Date("2026-11-27T14:00:00Z"),
    });
  });

  test("a run of holidays is skipped whole: London from Christmas Eve to the Boxing Day substitute", () => {
    // Thursday 24 December 2026, 18:00 in London (closed); 25, 26 (Saturday) and 28 December are holidays.
    expect(whenToDial(london, new Date("2026-12-24T18:00:00Z"), true)).toEqual({
      kind: "later",
      at: new Date("2026-12-29T09:00:00Z"),
    });
  });

  test("only the business's own country's holidays count", () => {
    // Thanksgiving is no holiday in London.
    expect(whenToDial(london, new Date("2026-11-26T15:00:00Z"), true)).toEqual({ kind: "now" });
  });

  test("the simulation, told to ignore opening hours, ignores holidays too", () => {
    expect(whenToDial(boston, new Date("2026-11-26T15:00:00Z"), false)).toEqual({ kind: "now" });
  });

  test("a business open one day a week whose day is a holiday waits for the week after", () => {
    // Open on Thursdays only; from Thanksgiving week's Wednesday, the next Thursday is a holiday, then 3 December.
    const thursdays = provider("America/New_York", { thu: [["09:00", "17:00"]] });
    expect(whenToDial(thursdays, new Date("2026-11-25T15:00:00Z"), true)).toEqual({
      kind: "later",
      at: new Date("2026-12-03T14:00:00Z"),
    });
  });
});

describe("opening hours across daylight-saving changes", () => {
  const daily: OpeningHours = {
    mon: [["09:00", "17:00"]],
    tue: [["09:00", "17:00"]],
    wed: [["09:00", "17:00"]],
    thu: [["09:00", "17:00"]],
    fri: [["09:00", "17:00"]],
    sat: [["09:00", "17:00"]],
    sun: [["09:00", "17:00"]],
  };
  const zone = "America/New_York";

  test("on the Sunday clocks go forward (8 March 2026), 09:00 local is 13:00 UTC", () => {
    // 06:00 EST on the Sunday: closed; it opens at 09:00 EDT.
    expect(nextOpeningAt(daily, zone, new Date("2026-03-08T11:00:00Z"))).toEqual(
      new Date("2026-03-08T13:00:00Z"),
    );
    expect(isOpenAt(daily, zone, new Date("2026-03-08T13:00:00Z"))).toBe(true);
    expect(isOpenAt(daily, zone, new Date("2026-03-08T12:59:00Z"))).toBe(false);
    // 17:00 EDT is 21:00 UTC: closed from then.
    expect(isOpenAt(daily, zone, new Date("2026-03-08T20:59:00Z"))).toBe(true);
    expect(isOpenAt(daily, zone, new Date("2026-03-08T21:00:00Z"))).toBe(false);
  });

  test("on the Sunday clocks go back (1 November 2026), 09:00 local is 14:00 UTC", () => {
    expect(nextOpeningAt(daily, zone, new Date("2026-11-01T11:00:00Z"))).toEqual(
      new Date("2026-11-01T14:00:00Z"),
    );
    expect(isOpenAt(daily, zone, new Date("2026-11-01T13:30:00Z"))).toBe(false);
    expect(isOpenAt(daily, zone, new Date("2026-11-01T21:59:00Z"))).toBe(true);
    expect(isOpenAt(daily, zone, new Date("2026-11-01T22:00:00Z"))).toBe(false);
  });

  test("a business closed over the change weekend opens at 09:00 local on the Monday", () => {
    // Saturday 31 October 2026 18:00 EDT → Monday 2 November 09:00 EST.
    expect(whenToDial(provider(zone, weekdaysNineToFive), new Date("2026-10-31T22:00:00Z"), true)).toEqual({
      kind: "later",
      at: new Date("2026-11-02T14:00:00Z"),
    });
  });

  test("a day open until 24:00 closes at the next local midnight", () => {
    const late: OpeningHours = { sun: [["18:00", "24:00"]] };
    // Sunday 8 March 2026, 23:30 EDT is open; Monday 00:00 EDT (04:00 UTC) is not.
    expect(isOpenAt(late, zone, new Date("2026-03-09T03:30:00Z"))).toBe(true);
    expect(isOpenAt(late, zone, new Date("2026-03-09T04:00:00Z"))).toBe(false);
  });
});
