import { describe, expect, it } from "vitest";
import { voiceBookingDetailsSchema } from "./booking-details-tool";

describe("the update_booking_details tool's parameters", () => {
  it("drops empty and null fields so they never erase what was heard before", () => {
    expect(
      voiceBookingDetailsSchema.parse({
        service_type: "dentist",
        location: "",
        client_name: null,
        notes: "x",
      }),
    ).toEqual({ service_type: "dentist", notes: "x" });
  });

  it("ignores a date window: the server resolves it from the timeframe", () => {
    const parsed = voiceBookingDetailsSchema.parse({
      timeframe: "next week",
      window: { start: "2026-01-01T00:00:00Z", end: "2026-01-02T00:00:00Z" },
    });
    expect(parsed).toEqual({ timeframe: "next week" });
  });

  it("refuses a service type CallPilot does not book", () => {
    expect(voiceBookingDetailsSchema.safeParse({ service_type: "astronaut" }).success).toBe(false);
  });
});
