import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createBookingWithCalls, getBooking, takeBookingLock } from "@/db/bookings";
import { getCall, listCallsForBooking } from "@/db/calls";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { callEvents, calls, user, type CallStatus } from "@/db/schema";
import { checkAvailability, requestBooking } from "@/lib/booking/in-call-tools";
import { fixedClock } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { ingestCallOutcome, recordCallProgress, recordTranscriptLine } from "./ingestion";
import { dentistMorningsRequest } from "@/tests/support/booking-request-fixture";
import { settleReactions } from "@/tests/support/job-runner";

/** Ends a call as a dialer reports it, then lets the reactions to its end run, as the job runner would. */
async function ingestAndReact(...args: Parameters<typeof ingestCallOutcome>) {
  const result = await ingestCallOutcome(...args);
  await settleReactions({ clock: args[2] });
  return result;
}

// Thursday 26 November 2026, 10:00 in Boston.
const clock = fixedClock("2026-11-26T15:00:00Z");
const request = dentistMorningsRequest;
const providerIds = [
  "dentist-cambridge-ma-1",
  "dentist-cambridge-ma-2",
  "dentist-cambridge-ma-3",
  "dentist-boston-ma-1",
];
// Tuesday 1 December 09:00–10:00 Boston (fits); Saturday 12 December 09:00 (after the window).
const fitting = { start: "2026-12-01T14:00:00.000Z", end: "2026-12-01T15:00:00.000Z" };
const outside = { start: "2026-12-12T14:00:00.000Z", end: "2026-12-12T15:00:00.000Z" };

beforeAll(async () => {
  await seedDemoDirectory();
});
beforeEach(() => {});

async function newUser(): Promise<string> {
  const id = `user_${randomUUID()}`;
  await getDb()
    .insert(user)
    .values({ id, name: "Sam Lee", email: `${id}@example.test` });
  return id;
}

async function bookingWith(options: { mode?: "auto" | "review"; statuses: CallStatus[]; userId?: string }) {
  const userId = options.userId ?? (await newUser());
  const callIds = options.statuses.map(() => newId("call"));
  const { booking } = await createBookingWithCalls({
    id: newId("bkg"),
    taskId: null,
    userId,
    mode: options.mode ?? "auto",
    swarmSize: callIds.length,
    request,
    timeZone: "America/New_York",
    origin: null,
    calls: callIds.map((id, i) => ({
      id,
      providerId: providerIds[i],
      distanceKm: 2 + i,
      scheduledFor: null,
    })),
    skipped: [],
    now: clock.now(),
  });
  for (const [i, status] of options.statuses.entries()) {
    await getDb().update(calls).set({ status }).where(eq(calls.id, callIds[i]));
  }
  return { bookingId: booking.id, callIds, userId };
}

async function eventsOf(bookingId: string, type: string) {
  return await getDb()
    .select()
    .from(callEvents)
    .where(and(eq(callEvents.bookingId, bookingId), eq(callEvents.type, type)));
}

describe("ingestCallOutcome is idempotent", () => {
  test("a second identical outcome changes nothing and records no second call_ended", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress", "in_progress"] });
    const outcome = {
      status: "completed" as const,
      summary: "No slot that fits was offered.",
      transcript: [
        { role: "business" as const, text: "Harvard Square Dental, how can I help?" },
        { role: "agent" as const, text: "Hi, I'm calling for Sam Lee." },
      ],
    };
    expect(await ingestAndReact(callIds[0], outcome, clock)).toEqual({ applied: true });
    const afterFirst = await getCall(callIds[0]);
    expect(afterFirst).toMatchObject({ status: "completed", endedAt: clock.now() });
    expect(afterFirst?.outcome?.summary).toBe("No slot that fits was offered.");

    clock.advance(60_000);
    expect(await ingestAndReact(callIds[0], outcome, clock)).toEqual({ applied: false });
    expect((await getCall(callIds[0]))?.endedAt).toEqual(afterFirst?.endedAt);
    expect(await eventsOf(bookingId, "call_ended")).toHaveLength(1);
    expect(await eventsOf(bookingId, "transcript")).toHaveLength(2);
  });

  test("a different outcome for a call that already ended is ignored too", async () => {
    const { callIds } = await bookingWith({ statuses: ["in_progress", "in_progress"] });
    await ingestAndReact(callIds[0], { status: "no_answer" }, clock);
    expect(await ingestAndReact(callIds[0], { status: "completed", summary: "late" }, clock)).toEqual({
      applied: false,
    });
    expect((await getCall(callIds[0]))?.status).toBe("no_answer");
  });

  test("an outcome for an unknown call is not found, and a malformed one is refused", async () => {
    await expect(ingestAndReact("call_missing", { status: "completed" }, clock)).rejects.toMatchObject({
      type: "not_found",
    });
    const { callIds } = await bookingWith({ statuses: ["in_progress"] });
    await expect(
      ingestAndReact(callIds[0], { status: "in_progress" } as unknown as { status: "completed" }, clock),
    ).rejects.toThrow();
    expect((await getCall(callIds[0]))?.status).toBe("in_progress");
  });
});

describe("live progress", () => {
  test("progress and transcript lines are recorded as events of the call, in order", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress"] });
    await recordCallProgress(callIds[0], "ringing", clock);
    await recordTranscriptLine(
      callIds[0],
      { role: "business", text: "Hello?", at: "2026-11-26T15:00:05Z" },
      clock,
    );
    const statusEvents = await eventsOf(bookingId, "call_status");
    expect(statusEvents.at(-1)).toMatchObject({ callId: callIds[0], payload: { status: "ringing" } });
    const lines = await eventsOf(bookingId, "transcript");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ payload: { role: "business", text: "Hello?" } });
    expect(lines[0].createdAt).toEqual(new Date("2026-11-26T15:00:05Z"));
  });
});

describe("a booking the lock never approved", () => {
  test("a vendor-reported booked slot is not booked and leaves a warning", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress", "in_progress"] });
    await ingestAndReact(
      callIds[0],
      { status: "completed", offered_slots: [fitting], booked_slot: fitting },
      clock,
    );
    const booking = await getBooking(bookingId);
    expect(booking?.status).not.toBe("booked");
    expect(booking?.bookedCallId).toBeNull();
    expect(booking?.bookedSlotStart).toBeNull();
    const warnings = await eventsOf(bookingId, "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      callId: callIds[0],
      payload: {
        message:
          "The agent reported a booking that CallPilot did not approve; it was not recorded as booked.",
      },
    });
  });

  test("a booked slot the lock did approve leaves no warning", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress", "in_progress"] });
    expect((await requestBooking({ callId: callIds[0], start: new Date(fitting.start) }, clock)).code).toBe(
      "approved",
    );
    await ingestAndReact(
      callIds[0],
      { status: "completed", offered_slots: [fitting], booked_slot: fitting },
      clock,
    );
    expect(await eventsOf(bookingId, "warning")).toHaveLength(0);
    expect(await getBooking(bookingId)).toMatchObject({ status: "booked", bookedCallId: callIds[0] });
  });
});

describe("offered slots reported only at the end", () => {
  test("get the same verdicts check_availability gives, next to the slots it already judged", async () => {
    const userId = await newUser();
    // The person already has Wednesday 2 December 09:00–10:00 booked elsewhere.
    const other = await bookingWith({ statuses: ["in_progress"], userId });
    await takeBookingLock({
      bookingId: other.bookingId,
      expectedStatus: "processing",
      callId: other.callIds[0],
      providerId: providerIds[0],
      slot: { start: new Date("2026-12-02T14:00:00Z"), end: new Date("2026-12-02T15:00:00Z") },
      now: clock.now(),
    });

    const { callIds } = await bookingWith({
      mode: "review",
      statuses: ["in_progress", "in_progress"],
      userId,
    });
    // Judged live: Thursday 3 December 09:00.
    await checkAvailability({ callId: callIds[0], start: new Date("2026-12-03T14:00:00Z") }, clock);
    const clashing = { start: "2026-12-02T14:30:00.000Z", end: "2026-12-02T15:30:00.000Z" };
    await ingestAndReact(
      callIds[0],
      {
        status: "completed",
        offered_slots: [
          outside,
          fitting,
          clashing,
          { start: "2026-12-03T14:00:00Z", end: "2026-12-03T15:00:00Z" },
        ],
      },
      clock,
    );
    expect((await getCall(callIds[0]))?.offeredSlots).toEqual([
      { ...fitting, fits: true, reason: null, reason_sentence: null },
      {
        ...clashing,
        fits: false,
        reason: "The client already has another appointment at that time.",
        reason_sentence: { key: "slotClashesAppointment", values: {} },
      },
      {
        start: "2026-12-03T14:00:00.000Z",
        end: "2026-12-03T15:00:00.000Z",
        fits: true,
        reason: null,
        reason_sentence: null,
      },
      {
        ...outside,
        fits: false,
        reason: "That is outside the dates the client is available.",
        reason_sentence: { key: "slotOutsideDates", values: {} },
      },
    ]);
  });
});

describe("retries after a call ends", () => {
  test("a no-answer inquiry schedules attempt 2 of the same provider while the booking is processing", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress"] });
    await ingestAndReact(
      callIds[0],
      { status: "no_answer", failure_reason: "Nobody answered the phone." },
      clock,
    );
    const all = await listCallsForBooking(bookingId);
    expect(all).toHaveLength(2);
    const retry = all.find((c) => c.id !== callIds[0])!;
    expect(retry).toMatchObject({
      purpose: "inquiry",
      status: "scheduled",
      attempt: 2,
      previousCallId: callIds[0],
      providerId: providerIds[0],
      distanceKm: 2,
      // RETRY_DELAY_MINUTES defaults to 15.
      scheduledFor: new Date(clock.now().getTime() + 15 * 60_000),
    });
    expect((await eventsOf(bookingId, "call_queued")).map((e) => e.callId)).toEqual([retry.id]);
    // Nothing was offered and a retry is waiting, so the booking keeps processing.
    expect((await getBooking(bookingId))?.status).toBe("processing");
  });

  test("a retry that also goes unanswered schedules attempt 3 after twice the delay, then no more", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress"] });
    await ingestAndReact(callIds[0], { status: "busy" }, clock);
    const second = (await listCallsForBooking(bookingId)).find((c) => c.attempt === 2)!;
    await getDb().update(calls).set({ status: "in_progress" }).where(eq(calls.id, second.id));
    await ingestAndReact(second.id, { status: "busy" }, clock);
    const third = (await listCallsForBooking(bookingId)).find((c) => c.attempt === 3)!;
    expect(third).toMatchObject({
      previousCallId: second.id,
      scheduledFor: new Date(clock.now().getTime() + 30 * 60_000),
    });
    await getDb().update(calls).set({ status: "in_progress" }).where(eq(calls.id, third.id));
    await ingestAndReact(third.id, { status: "busy" }, clock);
    expect(await listCallsForBooking(bookingId)).toHaveLength(3);
    // Three unanswered tries and no offer: the booking has failed.
    expect(await getBooking(bookingId)).toMatchObject({
      status: "failed",
      statusReason: "No provider could offer a slot. Try other dates, a wider area, or more providers.",
      statusReasonSentence: { key: "statusNoSlot", values: {} },
    });
  });

  test("no retry once the booking is booked", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress", "in_progress"] });
    await requestBooking({ callId: callIds[0], start: new Date(fitting.start) }, clock);
    await ingestAndReact(callIds[1], { status: "no_answer" }, clock);
    expect(await listCallsForBooking(bookingId)).toHaveLength(2);
    expect(await eventsOf(bookingId, "call_queued")).toHaveLength(0);
  });

  test("a call that completed is never retried", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress"] });
    await ingestAndReact(callIds[0], { status: "completed" }, clock);
    expect(await listCallsForBooking(bookingId)).toHaveLength(1);
  });
});

describe("settling the booking when its last call ends", () => {
  test("waits while another call is still running", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress", "in_progress"] });
    await ingestAndReact(callIds[0], { status: "completed", offered_slots: [fitting] }, clock);
    expect((await getBooking(bookingId))?.status).toBe("processing");
  });

  test("all calls ended with a fitting offer: the person chooses (auto mode)", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress", "in_progress"] });
    await ingestAndReact(callIds[0], { status: "completed", offered_slots: [fitting] }, clock);
    await ingestAndReact(callIds[1], { status: "completed", offered_slots: [outside] }, clock);
    expect(await getBooking(bookingId)).toMatchObject({
      status: "awaiting_choice",
      statusReason: "No provider could book automatically; choose one of the offers to book it.",
    });
    const statusEvents = await eventsOf(bookingId, "booking_status");
    expect(statusEvents.at(-1)?.payload).toMatchObject({ status: "awaiting_choice" });
  });

  test("all calls ended with a fitting offer: the person chooses (review mode)", async () => {
    const { bookingId, callIds } = await bookingWith({ mode: "review", statuses: ["in_progress"] });
    await ingestAndReact(callIds[0], { status: "completed", offered_slots: [fitting] }, clock);
    expect(await getBooking(bookingId)).toMatchObject({
      status: "awaiting_choice",
      statusReason: "Choose one of the offers to book it.",
    });
  });

  test("no offer at all: the booking fails with a reason", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress", "in_progress"] });
    await ingestAndReact(
      callIds[0],
      { status: "completed", failure_reason: "They only take bookings online." },
      clock,
    );
    await ingestAndReact(callIds[1], { status: "failed", failure_reason: "The line was dead." }, clock);
    expect(await getBooking(bookingId)).toMatchObject({
      status: "failed",
      statusReason: "No provider could offer a slot. Try other dates, a wider area, or more providers.",
    });
  });

  test("only offers outside the person's availability: the booking fails saying so", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress"] });
    await ingestAndReact(callIds[0], { status: "completed", offered_slots: [outside] }, clock);
    expect(await getBooking(bookingId)).toMatchObject({
      status: "failed",
      statusReason:
        "The providers only offered times outside your availability. Widen your dates or times and try again.",
    });
  });
});
