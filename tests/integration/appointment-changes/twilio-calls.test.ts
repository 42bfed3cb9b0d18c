// Issue 16 on the Twilio fallback end to end: the real SDK places the cancellation and reschedule calls against the
// stub of Twilio's REST API, and the stub receptionist answers the scripted call through the signed TwiML route.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getBooking } from "@/db/bookings";
import { listCallEventsSince } from "@/db/call-events";
import { listCallsForBooking } from "@/db/calls";
import type { ReceptionistScript } from "../../support/twilio-receptionist";
import { startTwilioHarness, type TwilioHarness } from "../support/twilio-harness";
import { cancelAppointment } from "@/lib/booking/cancel-appointment";
import { moveAppointment } from "@/lib/booking/move-appointment";
import { bookedAppointment, cancelAppointmentRoute, dentists } from "./fixtures";

let harness: TwilioHarness;

beforeAll(async () => {
  harness = await startTwilioHarness();
});
afterAll(async () => {
  await harness.close();
});
afterEach(() => {
  harness.receptionist(() => ({ answer: "no_answer" }));
});

/** A receptionist who answers the line matching `heard` with `say`, and hangs up on anything else. */
const answering = (replies: Array<[RegExp, string]>): ReceptionistScript => ({
  answer: "human",
  reply: (said) => {
    const match = replies.find(([heard]) => heard.test(said));
    return match ? { speech: match[1] } : "hang_up";
  },
});

describe("calls about a booked appointment on the Twilio script", () => {
  it("a cancellation: the business says yes, and the agreement cancels the booking", async () => {
    const { cookie, userId, bookingId } = await bookedAppointment(dentists.agrees);
    // With a real dialer, a guest may not place calls (the real-call gate): 403, nothing queued.
    expect((await cancelAppointmentRoute(cookie, bookingId)).status).toBe(403);
    expect(await listCallsForBooking(bookingId)).toHaveLength(0);
    harness.receptionist(() =>
      answering([[/cancel that appointment/, "Yes, no problem, I've cancelled it."]]),
    );
    expect((await cancelAppointment({ userId, bookingId }, harness.clock)).callQueued).toBe(true);
    expect(await harness.dispatch()).toBe(1);
    const [played] = (await harness.settle()).slice(-1);
    expect(played.lines[0]).toMatch(
      /I'm an AI assistant calling on behalf of Sam Lee\. Sam Lee has a dentist appointment with Harvard Square Dental Associates on \w+day \d+ \w+ at 10 AM and can't make it\./,
    );
    expect(played.lines.at(-1)).toMatch(/appointment on .* is cancelled\. Goodbye!/);
    const booking = await getBooking(bookingId);
    expect(booking?.status).toBe("canceled");
    expect(booking?.appointmentCanceledAt).not.toBeNull();
    const events = await listCallEventsSince(bookingId, 0);
    expect(events.filter((event) => event.type === "appointment_canceled")).toHaveLength(1);
  });

  it("a reschedule: the business offers a time in the new window, it is read back, and the booking moves", async () => {
    const { userId, bookingId, slot } = await bookedAppointment(dentists.agrees);
    const window = { start: "2026-12-14T00:00:00-05:00", end: "2026-12-19T00:00:00-05:00" };
    harness.receptionist(() =>
      answering([
        [/needs to move it/, "We could do Tuesday, December 15 at 2 pm."],
        [/Could you book that/, "Yes, that's changed for you."],
      ]),
    );
    expect((await moveAppointment({ userId, bookingId, move: { window } }, harness.clock)).callQueued).toBe(
      true,
    );
    expect(await harness.dispatch()).toBe(1);
    const [played] = (await harness.settle()).slice(-1);
    expect(played.lines.at(-1)).toMatch(/appointment is moved to Tuesday 15 December at 2 PM\. Goodbye!/);
    const booking = await getBooking(bookingId);
    expect(booking?.status).toBe("booked");
    expect(booking?.bookedSlotStart?.toISOString()).toBe("2026-12-15T19:00:00.000Z");
    const call = (await listCallsForBooking(bookingId)).find((c) => c.purpose === "reschedule")!;
    expect(booking?.bookedCallId).toBe(call.id);
    const moved = (await listCallEventsSince(bookingId, 0)).filter(
      (event) => event.type === "appointment_moved",
    );
    expect(moved.map((event) => event.payload)).toEqual([
      {
        provider_id: dentists.agrees,
        from: { start: new Date(slot.start).toISOString(), end: new Date(slot.end).toISOString() },
        to: { start: "2026-12-15T19:00:00.000Z", end: "2026-12-15T20:00:00.000Z" },
      },
    ]);
  });
});
