import { describe, expect, it } from "vitest";
import type { AppointmentChangeView } from "@/lib/booking/appointment-change-view";
import type { BookingView, ProviderResult } from "@/lib/booking/booking-view";
import { isBookingSettled } from "./booking-progress";

const view = (
  status: BookingView["status"],
  callStatuses: ProviderResult["call_status"][],
  change: AppointmentChangeView["state"] | null = null,
) =>
  ({
    status,
    results: callStatuses.map((call_status) => ({ call_status })),
    appointment_change: change ? { state: change } : null,
  }) as unknown as BookingView;

describe("isBookingSettled", () => {
  it("is settled once the booking reached an end and every call is over", () => {
    expect(isBookingSettled(view("booked", ["completed", "no_answer"]))).toBe(true);
    expect(isBookingSettled(view("canceled", ["completed"], "cancelled"))).toBe(true);
  });

  it("is not settled while a call is still live or the booking is still calling", () => {
    expect(isBookingSettled(view("booked", ["completed", "in_progress"]))).toBe(false);
    expect(isBookingSettled(view("processing", ["completed"]))).toBe(false);
  });

  it("is not settled between a cancellation call's end and the booking being cancelled", () => {
    // The call is over and the booking still reads booked: the page must keep listening for the cancellation.
    expect(isBookingSettled(view("booked", ["completed"], "under_way"))).toBe(false);
    expect(isBookingSettled(view("booked", ["completed"], "wants_person"))).toBe(true);
  });
});
