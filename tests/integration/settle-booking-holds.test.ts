// The reactions of calls that end together run in parallel (call-event-reactions, several at once): the one that
// settles the booking must not offer a choice while another call's hold is still shown as merely "requested".
import { beforeAll, expect, it } from "vitest";
import { getBooking } from "@/db/bookings";
import { finishCall, getCall } from "@/db/calls";
import { seedDemoDirectory } from "@/db/providers";
import { listHoldsForBooking, recordHoldRequest } from "@/db/slot-holds";
import { settleBooking } from "@/lib/booking/settle-booking";
import { fixedClock } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { createBookingWithProviderCalls, createTestUser } from "./support/booking-fixtures";

const clock = fixedClock("2026-12-03T15:00:00Z");

beforeAll(async () => {
  await seedDemoDirectory();
});

it("settles every ended call's hold request before the booking waits for the person's choice", async () => {
  const userId = await createTestUser();
  const { bookingId, callIds } = await createBookingWithProviderCalls({
    userId,
    callCount: 2,
    mode: "review",
    now: clock.now(),
    status: "in_progress",
  });
  const slots = [
    { start: "2026-12-07T14:00:00.000Z", end: "2026-12-07T15:00:00.000Z" },
    { start: "2026-12-07T16:00:00.000Z", end: "2026-12-07T17:00:00.000Z" },
  ];
  for (const [index, callId] of callIds.entries()) {
    const call = (await getCall(callId))!;
    await recordHoldRequest({
      id: newId("hold"),
      bookingId,
      callId,
      providerId: call.providerId,
      slot: { start: new Date(slots[index].start), end: new Date(slots[index].end) },
      heldUntil: new Date("2026-12-03T17:00:00Z"),
      now: clock.now(),
    });
    await finishCall({
      callId,
      status: "completed",
      outcome: {
        status: "completed",
        offered_slots: [],
        booked_slot: null,
        requirements: [],
        price: null,
        failure_reason: null,
        summary: "Offered a slot and agreed to hold it.",
        duration_seconds: null,
        opted_out: false,
        hold_agreed: index === 0,
      },
      offeredSlots: [{ ...slots[index], fits: true, reason: null }],
      failure: null,
      now: clock.now(),
    });
  }
  // Only the second call's reaction has run so far (the background runner is not started in this file).
  await settleBooking(bookingId, clock);
  expect((await getBooking(bookingId))!.status).toBe("awaiting_choice");
  const holds = await listHoldsForBooking(bookingId);
  expect(Object.fromEntries(holds.map((hold) => [hold.callId, hold.status]))).toEqual({
    [callIds[0]]: "agreed",
    [callIds[1]]: "declined",
  });
});
