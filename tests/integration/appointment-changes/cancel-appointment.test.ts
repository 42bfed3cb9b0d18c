// Issue 16, cancelling a booked appointment by phone on the simulated dialer, through the real route handlers: the
// business agrees and the booking, its view and the .ics feed follow; a business that never answers is tried as
// the retry policy says, then the person is told plainly and given its number; idempotency, 409s and ownership.
import { beforeAll, describe, expect, it } from "vitest";
import { listCallEventsSince } from "@/db/call-events";
import { getBooking } from "@/db/bookings";
import { enqueueCall, listCallsForBooking } from "@/db/calls";
import { ingestCallOutcome } from "@/lib/calls/ingestion";
import { systemClock } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { seedDemoDirectory } from "@/db/providers";
import { runJobsDuringTests } from "@/tests/support/job-runner";
import { sayIn } from "@/tests/support/say-in";
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

// Retries come at once rather than a quarter of an hour later; the policy's attempts are the same.
process.env.RETRY_DELAY_MINUTES = "0";
runJobsDuringTests();

beforeAll(async () => {
  await seedDemoDirectory();
});

const icsStart = (iso: string) => iso.replace(/[-:]/g, "").replace(/\.\d{3}/, "");

describe("cancelling a booked appointment by phone", () => {
  it("the business agrees: the booking says cancelled by phone with the transcript, and the feed drops it", async () => {
    const { cookie, userId, bookingId, slot } = await bookedAppointment(dentists.agrees);
    const feed = await feedOf(userId);
    expect(feedStartOf(await feed(), bookingId)).toBe(icsStart(slot.start));

    const first = await cancelAppointmentRoute(cookie, bookingId);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ booking_id: bookingId, status: "cancelling", appointment: slot });
    // Asked again while the call is under way: the same state, no second call.
    const again = await cancelAppointmentRoute(cookie, bookingId);
    expect([200]).toContain(again.status);
    expect(again.body.call_id).toBe(first.body.call_id);

    const view = await eventually(
      () => bookingView(cookie, bookingId),
      (v) => v.appointment_change?.state === "cancelled",
    );
    expect(view.status).toBe("canceled");
    expect(view.booked).toBeNull();
    // Why, in English and as a sentence the page words in its own language, the appointment in the business's zone.
    expect(view.status_reason).toMatch(
      / confirmed on the phone that the appointment on \w+day \d+ \w+ at \d\d:\d\d is cancelled\.$/,
    );
    expect(view.status_reason_sentence).toEqual({
      key: "statusAppointmentCancelledBy",
      values: { business: expect.any(String), when: { instant: slot.start, zone: expect.any(String) } },
    });
    expect(view.appointment_change!.message).toMatch(/^Cancelled by phone at \w+day \d+ \w+ at \d\d:\d\d: /);
    // The page says it in its reader's language, the times in the business's zone.
    expect(view.appointment_change!.message_sentence).toMatchObject({
      key: "changeCancelledByPhone",
      values: { when: { instant: slot.start }, kind: "cancellation" },
    });
    expect(sayIn("es", view.appointment_change!.message_sentence)).toMatch(
      /^Cancelada por teléfono el (lun|mar|mié|jue|vie|sáb|dom), .+: .+ confirmó que la cita de .+ queda cancelada\.$/,
    );
    expect(
      view.appointment_change!.transcript.some(
        (line) => line.role === "agent" && /AI assistant/.test(line.text),
      ),
    ).toBe(true);
    expect(view.appointment_change!.transcript.some((line) => /cancelled for you/.test(line.text))).toBe(
      true,
    );
    expect(feedStartOf(await feed(), bookingId)).toBeNull();

    const calls = await listCallsForBooking(bookingId);
    expect(calls.filter((call) => call.purpose === "cancellation")).toHaveLength(1);
    const events = await listCallEventsSince(bookingId, 0);
    expect(events.filter((event) => event.type === "appointment_canceled")).toHaveLength(1);
    // The call opened with the disclosure, then who it calls for and which appointment.
    const opening = events.find((e) => e.type === "transcript" && e.payload.role === "agent");
    expect(opening?.type === "transcript" && opening.payload.text).toMatch(
      /^Hi — I'm an AI assistant calling on behalf of Sam Lee\. Sam Lee has a dentist appointment with you on \w+day/,
    );

    // Done: asking again answers the same state; moving it is no longer possible.
    const done = await cancelAppointmentRoute(cookie, bookingId);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: "cancelled", call_id: first.body.call_id });
    expect(done.body.cancelled_at).toBe(view.appointment_change!.at);
    const move = await rescheduleRoute(cookie, bookingId, { timeframe: "next week" });
    expect(move.status).toBe(409);
    expect(move.body.error).toMatch(/already cancelled/);
    expect((await listCallsForBooking(bookingId)).filter((c) => c.purpose === "cancellation")).toHaveLength(
      1,
    );
  });

  it("a business that never answers is tried as the retry policy says, then the person gets its number", async () => {
    const { cookie, bookingId, slot } = await bookedAppointment(dentists.neverAnswers);
    expect((await cancelAppointmentRoute(cookie, bookingId)).status).toBe(202);
    const view = await eventually(
      () => bookingView(cookie, bookingId),
      (v) => v.appointment_change?.state === "unreachable",
      20_000,
    );
    const calls = (await listCallsForBooking(bookingId)).filter((call) => call.purpose === "cancellation");
    // RETRY_MAX is 2: the first try and two retries, each unanswered.
    expect(calls.map((call) => call.status)).toEqual(["no_answer", "no_answer", "no_answer"]);
    expect(view.appointment_change!.message).toBe(
      `CallPilot could not reach Porter Smiles Dental Care after 3 tries, so the appointment on ${view.appointment_change!.message.match(/on (\w+day \d+ \w+ at \d\d:\d\d)/)![1]} is not cancelled. Please call them on +16175550102.`,
    );
    expect(view.appointment_change!.business_phone).toBe("+16175550102");
    expect(sayIn("de", view.appointment_change!.message_sentence)).toMatch(
      /^CallPilot hat Porter Smiles Dental Care nach 3 Versuchen nicht erreicht, daher ist der Termin am .+ nicht storniert\. Bitte rufen Sie unter \+16175550102 dort an\.$/,
    );
    // Nothing was cancelled: the appointment stands.
    const booking = await getBooking(bookingId);
    expect(booking?.status).toBe("booked");
    expect(booking?.bookedSlotStart?.toISOString()).toBe(new Date(slot.start).toISOString());
  });

  it("a business that insists on the person: the appointment stands, and the person gets its number and its words", async () => {
    const { cookie, bookingId } = await bookedAppointment(dentists.insistsOnThePerson);
    expect((await cancelAppointmentRoute(cookie, bookingId)).status).toBe(202);
    const view = await eventually(
      () => bookingView(cookie, bookingId),
      (v) => v.appointment_change?.state === "wants_person",
    );
    // No consent to hand calls over (the default): the agent said the person would call back.
    expect(view.status).toBe("booked");
    expect(view.appointment_change!.business_phone).toMatch(/^\+44/);
    expect(view.appointment_change!.message).toMatch(
      /wants to speak with you directly about cancelling the appointment .*need to speak with Sam Lee directly before I can change their appointment.*Please call them on \+44/,
    );
    const events = await listCallEventsSince(bookingId, 0);
    expect(events.filter((event) => event.type === "appointment_canceled")).toHaveLength(0);
    expect(events.filter((event) => event.type === "call_handover")).toHaveLength(1);
  });

  it("an agreement to cancel counts only on a cancellation call: any other call saying so changes nothing", async () => {
    const { bookingId } = await bookedAppointment(dentists.agrees);
    const booking = (await getBooking(bookingId))!;
    const inquiry = await enqueueCall({
      id: newId("call"),
      bookingId,
      providerId: dentists.agrees,
      userId: booking.userId,
      purpose: "inquiry",
      attempt: 1,
      previousCallId: null,
      distanceKm: null,
      // Even about the booked slot: only the purpose makes an agreement count.
      targetSlot: {
        start: booking.bookedSlotStart!.toISOString(),
        end: booking.bookedSlotEnd!.toISOString(),
      },
      // Scheduled well ahead, so the running dispatcher leaves it alone.
      scheduledFor: new Date(Date.now() + 86_400_000),
      now: new Date(),
    });
    await ingestCallOutcome(inquiry.id, { status: "completed", appointment_canceled: true }, systemClock);
    const events = await listCallEventsSince(bookingId, 0);
    expect(events.some((event) => event.type === "call_ended" && event.callId === inquiry.id)).toBe(true);
    expect(events.filter((event) => event.type === "appointment_canceled")).toHaveLength(0);
    expect((await getBooking(bookingId))?.status).toBe("booked");
  });

  it("refuses what it cannot do: another person's booking is a 404, a booking with no appointment a 409", async () => {
    const { bookingId } = await bookedAppointment(dentists.agrees);
    const stranger = await anonymousSession();
    const foreign = await cancelAppointmentRoute(stranger, bookingId);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual({ error: "The booking was not found." });
    expect(await listCallsForBooking(bookingId)).toHaveLength(0);

    const mine = await bookedAppointment(dentists.agrees);
    const { getDb } = await import("@/db/client");
    const { bookings } = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    await getDb().update(bookings).set({ status: "awaiting_choice" }).where(eq(bookings.id, mine.bookingId));
    const notBooked = await cancelAppointmentRoute(mine.cookie, mine.bookingId);
    expect(notBooked.status).toBe(409);
    expect(notBooked.body.error).toMatch(/no booked appointment to cancel/);
    const badBody = await cancelAppointmentRoute(mine.cookie, mine.bookingId, { reason: "x" });
    expect(badBody.status).toBe(400);
  });
});
