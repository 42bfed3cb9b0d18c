// Issue 16, moving a booked appointment by phone on the simulated dialer, through the real route handlers: the same
// business moves it inside the new window (the booked slot and the .ics feed follow), or only has other slots (the
// appointment stands and the person is offered a new search); bad bodies, idempotency, 409s and ownership.
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { listCallEventsSince } from "@/db/call-events";
import { getBooking } from "@/db/bookings";
import { listCallsForBooking } from "@/db/calls";
import { seedDemoDirectory } from "@/db/providers";
import { runJobsDuringTests } from "@/tests/support/job-runner";
import { anonymousSession, eventually } from "../helpers";
import {
  bookedAppointment,
  bookingView,
  cancelAppointmentRoute,
  dentists,
  feedOf,
  feedStartOf,
  rescheduleRoute,
} from "./fixtures";

runJobsDuringTests();

beforeAll(async () => {
  await seedDemoDirectory();
});

const icsStart = (iso: string) => iso.replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** The working week after next, in Boston: a new window well after the booked appointment. */
function weekAfterNext() {
  const monday = DateTime.now().setZone("America/New_York").startOf("week").plus({ weeks: 2 });
  return { start: monday.toISO()!, end: monday.plus({ days: 5 }).toISO()! };
}

describe("moving a booked appointment by phone", () => {
  it("the business has a slot in the new window: the booking, the view and the feed move to it", async () => {
    const { cookie, userId, bookingId, slot } = await bookedAppointment(dentists.agrees);
    const feed = await feedOf(userId);
    const window = weekAfterNext();

    const first = await rescheduleRoute(cookie, bookingId, { window });
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ booking_id: bookingId, status: "moving", appointment: slot });
    expect(Date.parse(first.body.window.start)).toBe(Date.parse(window.start));
    const again = await rescheduleRoute(cookie, bookingId, { window });
    expect(again.body.call_id).toBe(first.body.call_id);

    const view = await eventually(
      () => bookingView(cookie, bookingId),
      (v) => v.appointment_change?.state === "moved",
    );
    const moved = view.booked!.slot;
    expect(Date.parse(moved.start)).toBeGreaterThanOrEqual(Date.parse(window.start));
    expect(Date.parse(moved.start)).toBeLessThan(Date.parse(window.end));
    expect(view.status).toBe("booked");
    expect(view.appointment_change!.message).toMatch(
      /^Moved by phone: Harvard Square Dental Associates agreed/,
    );
    expect(feedStartOf(await feed(), bookingId)).toBe(icsStart(moved.start));

    const events = await listCallEventsSince(bookingId, 0);
    const movedEvents = events.filter((event) => event.type === "appointment_moved");
    expect(movedEvents).toHaveLength(1);
    expect(movedEvents[0].payload).toMatchObject({ from: slot, to: moved });
    // Asked again with the same window once moved: the same answer, no new call.
    const done = await rescheduleRoute(cookie, bookingId, { window });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: "moved", call_id: first.body.call_id, appointment: moved });
    expect((await listCallsForBooking(bookingId)).filter((c) => c.purpose === "reschedule")).toHaveLength(1);
  });

  it("the business only has other slots: nothing moves, the offers are recorded, and a new search is offered", async () => {
    const { cookie, userId, bookingId, slot } = await bookedAppointment(dentists.onlyLaterSlots);
    const feed = await feedOf(userId);
    const response = await rescheduleRoute(cookie, bookingId, { timeframe: "next week" });
    expect(response.status).toBe(202);
    const view = await eventually(
      () => bookingView(cookie, bookingId),
      (v) => v.appointment_change?.state === "nothing_in_window",
    );
    expect(view.appointment_change).toMatchObject({ can_search_again: true, window_text: "next week" });
    expect(view.appointment_change!.message).toMatch(
      /had nothing next week, so your appointment on .* is unchanged/,
    );
    const booking = await getBooking(bookingId);
    expect(booking?.status).toBe("booked");
    expect(booking?.bookedSlotStart?.toISOString()).toBe(new Date(slot.start).toISOString());
    expect(feedStartOf(await feed(), bookingId)).toBe(icsStart(slot.start));
    const call = (await listCallsForBooking(bookingId)).find((c) => c.purpose === "reschedule")!;
    expect(call.offeredSlots.length).toBeGreaterThan(0);
    expect(call.offeredSlots.every((offer) => !offer.fits)).toBe(true);
  });

  it("the offered new search books elsewhere in the new window, and only then is the old appointment cancelled", async () => {
    const { cookie, userId, bookingId } = await bookedAppointment(dentists.onlyLaterSlots);
    const feed = await feedOf(userId);
    expect((await rescheduleRoute(cookie, bookingId, { timeframe: "next week" })).status).toBe(202);
    await eventually(
      () => bookingView(cookie, bookingId),
      (v) => v.appointment_change?.state === "nothing_in_window",
    );
    const search = await rescheduleRoute(cookie, bookingId, { new_search: true });
    expect(search.status).toBe(202);
    expect(search.body).toMatchObject({ booking_id: bookingId, status: "searching" });
    const newBookingId = search.body.new_booking_id as string;
    const again = await rescheduleRoute(cookie, bookingId, { new_search: true });
    expect(again.status).toBe(200);
    expect(again.body.new_booking_id).toBe(newBookingId);

    const replacement = await eventually(
      () => bookingView(cookie, newBookingId),
      (v) => v.status === "booked" || v.status === "failed",
      20_000,
    );
    expect(replacement.status).toBe("booked");
    expect(replacement.replaces_booking_id).toBe(bookingId);
    const newStart = Date.parse(replacement.booked!.slot.start);
    expect(newStart).toBeGreaterThanOrEqual(Date.parse(replacement.request.window!.start));
    expect(newStart).toBeLessThan(Date.parse(replacement.request.window!.end));

    const old = await eventually(
      () => bookingView(cookie, bookingId),
      (v) => v.appointment_change?.state === "cancelled",
      20_000,
    );
    expect(old.status).toBe("canceled");
    // The old appointment's cancellation call was queued only after the new appointment was booked.
    const cancellation = (await listCallsForBooking(bookingId)).find((c) => c.purpose === "cancellation")!;
    const newBooking = await getBooking(newBookingId);
    expect(cancellation.createdAt.getTime()).toBeGreaterThanOrEqual(newBooking!.bookedAt!.getTime());
    // The feed holds the new appointment and no longer the old one.
    const text = await feed();
    expect(feedStartOf(text, bookingId)).toBeNull();
    expect(feedStartOf(text, newBookingId)).toBe(icsStart(replacement.booked!.slot.start));
  });

  it("answers a clear 400 for a body it cannot use, 404 for another person, 409 while cancelling", async () => {
    const { cookie, bookingId } = await bookedAppointment(dentists.agrees);
    for (const body of [{}, { timeframe: "next week", window: weekAfterNext() }, { when: "soon" }]) {
      const response = await rescheduleRoute(cookie, bookingId, body);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatch(/timeframe|window|unrecognized|when/i);
    }
    const unreadable = await rescheduleRoute(cookie, bookingId, { timeframe: "after my purple elephant" });
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.error).toMatch(/could not be read as days/);
    const past = await rescheduleRoute(cookie, bookingId, {
      window: { start: "2020-01-01T09:00:00Z", end: "2020-01-02T09:00:00Z" },
    });
    expect(past.status).toBe(400);

    const stranger = await anonymousSession();
    expect((await rescheduleRoute(stranger, bookingId, { timeframe: "next week" })).status).toBe(404);
    expect(await listCallsForBooking(bookingId)).toHaveLength(0);

    expect((await cancelAppointmentRoute(cookie, bookingId)).status).toBe(202);
    const whileCancelling = await rescheduleRoute(cookie, bookingId, { timeframe: "next week" });
    // Either the cancellation call is still on its way or it already cancelled the appointment: never both calls.
    expect(whileCancelling.status).toBe(409);
    expect((await listCallsForBooking(bookingId)).filter((c) => c.purpose === "reschedule")).toHaveLength(0);
  });
});
