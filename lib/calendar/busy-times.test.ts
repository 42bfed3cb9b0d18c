import { describe, expect, test } from "vitest";
import type { BookingRequest } from "@/lib/intake/booking-request";
import { bookingPeriod } from "./busy-times";

const request = (window: BookingRequest["window"]) => ({ request: { window } as BookingRequest });

describe("bookingPeriod", () => {
  test("is the booking's window, stretched to cover a slot offered outside it", () => {
    const window = { start: "2026-11-30T05:00:00Z", end: "2026-12-07T05:00:00Z" };
    expect(bookingPeriod(request(window), [])).toEqual({
      from: new Date("2026-11-30T05:00:00Z"),
      to: new Date("2026-12-07T05:00:00Z"),
    });
    const late = { start: new Date("2026-12-08T14:00:00Z"), end: new Date("2026-12-08T15:00:00Z") };
    expect(bookingPeriod(request(window), [late])).toEqual({
      from: new Date("2026-11-30T05:00:00Z"),
      to: new Date("2026-12-08T15:00:00Z"),
    });
  });

  test("without a window it is the slots themselves, and nothing at all without either", () => {
    const slot = { start: new Date("2026-12-01T14:00:00Z"), end: new Date("2026-12-01T15:00:00Z") };
    expect(bookingPeriod(request(null), [slot])).toEqual({ from: slot.start, to: slot.end });
    expect(bookingPeriod(request(null), [])).toBeNull();
  });
});
