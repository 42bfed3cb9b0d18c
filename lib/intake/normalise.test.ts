import { describe, expect, it } from "vitest";
import { emptyBookingRequest, type BookingRequest } from "./booking-request";
import { settleTurn } from "./attention";
import { deriveTaskStatus, resolveRequestTimes } from "./normalise";

const now = new Date("2026-11-26T15:00:00Z"); // Thursday 10:00 in New York, 15:00 in London

const request = (fields: Partial<BookingRequest>): BookingRequest => ({ ...emptyBookingRequest, ...fields });

describe("resolveRequestTimes", () => {
  it("recomputes the window and clock range from what was said, normalising the label", () => {
    const stale = request({
      timeframe: "Friday",
      window: { start: "2020-01-01T00:00:00Z", end: "2020-01-02T00:00:00Z" },
      preferred_time: "mornings",
      time_of_day: { start: "01:00", end: "02:00" },
    });
    expect(resolveRequestTimes(stale, now, "America/New_York")).toEqual({
      request: request({
        timeframe: "2026-11-27",
        window: { start: "2026-11-27T00:00:00-05:00", end: "2026-11-28T00:00:00-05:00" },
        preferred_time: "mornings",
        time_of_day: { start: "08:00", end: "12:00" },
      }),
      attention: null,
    });
  });

  it("moves the window to the new zone when the place changes", () => {
    const nextWeek = request({ timeframe: "next week" });
    expect(resolveRequestTimes(nextWeek, now, "Europe/London").request.window).toEqual({
      start: "2026-11-30T00:00:00+00:00",
      end: "2026-12-07T00:00:00+00:00",
    });
  });

  it("keeps a window and clock range given outright when their text cannot be resolved", () => {
    const given = request({
      timeframe: "once the roof has dried out",
      window: { start: "2026-12-01T00:00:00-05:00", end: "2026-12-03T00:00:00-05:00" },
      preferred_time: "when the kids are at school",
      time_of_day: { start: "09:00", end: "15:00" },
    });
    expect(resolveRequestTimes(given, now, "America/New_York")).toEqual({ request: given, attention: null });
  });

  it("reads a restaurant's bare hour as the evening", () => {
    const table = request({ service_type: "restaurant", preferred_time: "at 8" });
    expect(resolveRequestTimes(table, now, "America/New_York").request.time_of_day).toEqual({
      start: "20:00",
      end: "21:00",
    });
  });

  it("flags a timeframe that is already over", () => {
    const past = resolveRequestTimes(request({ timeframe: "2026-11-03" }), now, "America/New_York");
    expect(past.attention).toBe("Tue 3 Nov 2026 has already passed — which dates would suit you instead?");
    expect(past.request.window).toEqual({
      start: "2026-11-03T00:00:00-05:00",
      end: "2026-11-04T00:00:00-05:00",
    });
  });
});

describe("settleTurn", () => {
  it("keeps the earlier timeframe when the new one is in the past", () => {
    const previous = resolveRequestTimes(
      request({ timeframe: "next week" }),
      now,
      "America/New_York",
    ).request;
    const settled = settleTurn(previous, { ...previous, timeframe: "last week" }, now, "America/New_York");
    expect(settled.request).toEqual(previous);
    expect(settled.attention).toBe("“last week” has already passed — which dates would suit you instead?");
  });

  it("refuses a party larger than the schema allows and keeps the earlier size", () => {
    const previous = request({ service_type: "restaurant", party_size: 4 });
    const settled = settleTurn(previous, { ...previous, party_size: 80 }, now, "UTC");
    expect(settled.request.party_size).toBe(4);
    expect(settled.attention).toMatch(/^A party of 80 is more than CallPilot can book/);
  });

  it("asks about a large restaurant party once, and not again after a yes", () => {
    const previous = request({ service_type: "restaurant", party_size: 4 });
    const first = settleTurn(previous, { ...previous, party_size: 24 }, now, "UTC");
    expect(first.attention).toMatch(/^A party of 24 is larger than most restaurants/);
    expect(settleTurn(first.request, first.request, now, "UTC").attention).toBeNull();
  });

  it("puts the turn's own attention first", () => {
    const settled = settleTurn(
      emptyBookingRequest,
      request({ timeframe: "yesterday" }),
      now,
      "UTC",
      "No tattoos.",
    );
    expect(settled.attention).toBe("No tattoos.");
  });
});

describe("deriveTaskStatus", () => {
  const complete = request({ service_type: "dentist", location: "Boston", timeframe: "next week" });

  it("needs attention whenever there is an attention sentence", () => {
    expect(deriveTaskStatus(complete, "Please pick a date.")).toBe("requires_user_attention");
  });

  it("gathers information while a required field is missing", () => {
    expect(deriveTaskStatus({ ...complete, location: null }, null)).toBe("gathering_info");
    expect(deriveTaskStatus(emptyBookingRequest, null)).toBe("gathering_info");
  });

  it("is ready to call once service, place and timeframe are known", () => {
    expect(deriveTaskStatus(complete, null)).toBe("ready_to_call");
  });
});
