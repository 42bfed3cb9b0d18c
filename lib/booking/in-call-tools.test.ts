import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { createBookingWithCalls, getBooking, startConfirmation, transitionBooking } from "@/db/bookings";
import { listCallEventsSince } from "@/db/call-events";
import { getCall, listCallsForBooking } from "@/db/calls";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { callEvents, calls, user, type CallStatus } from "@/db/schema";
import { seededRandom } from "@/lib/calls/simulated/seeded-random";
import { fixedClock } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { checkAvailability, requestBooking } from "./in-call-tools";
import { dentistMorningsRequest } from "@/tests/support/booking-request-fixture";
import { sentence } from "@/lib/sentences/sentence";

// Thursday 26 November 2026, 10:00 in Boston.
const clock = fixedClock("2026-11-26T15:00:00Z");
const request = dentistMorningsRequest;
const dentists = [
  "dentist-cambridge-ma-1",
  "dentist-cambridge-ma-2",
  "dentist-cambridge-ma-3",
  "dentist-boston-ma-1",
  "dentist-boston-ma-2",
  "dentist-boston-ma-3",
  "dentist-new-york-ny-1",
  "dentist-new-york-ny-2",
  "dentist-san-francisco-ca-1",
  "dentist-san-francisco-ca-2",
];
// Tuesday 1 December 2026 09:00 and Wednesday 2 December 10:00 in Boston: both inside the window, mornings.
const tuesdayNine = new Date("2026-12-01T14:00:00Z");
const wednesdayTen = new Date("2026-12-02T15:00:00Z");
// Saturday 12 December 09:00 Boston: after the window.
const afterWindow = new Date("2026-12-12T14:00:00Z");

beforeAll(async () => {
  await seedDemoDirectory();
});

async function newUser(): Promise<string> {
  const id = `user_${randomUUID()}`;
  await getDb()
    .insert(user)
    .values({ id, name: "Sam Lee", email: `${id}@example.test` });
  return id;
}

/** A booking whose calls are in the given statuses (in_progress unless told), one per provider. */
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
      providerId: dentists[i % dentists.length],
      distanceKm: 1 + i,
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

async function eventsOfType(bookingId: string, type: string) {
  return await getDb()
    .select()
    .from(callEvents)
    .where(and(eq(callEvents.bookingId, bookingId), eq(callEvents.type, type)));
}

describe("check_availability", () => {
  test("records a fitting slot as offered, with the verdict, and says it works", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress"] });
    const answer = await checkAvailability({ callId: callIds[0], start: tuesdayNine }, clock);
    const slot = { start: "2026-12-01T14:00:00.000Z", end: "2026-12-01T15:00:00.000Z" };
    expect(answer).toEqual({
      code: "available",
      say: "Tuesday 1 December at 09:00 works for the client. You may ask to book it.",
      slot,
    });
    expect((await getCall(callIds[0]))?.offeredSlots).toEqual([
      { ...slot, fits: true, reason: null, reason_sentence: null },
    ]);
    const offeredEvents = await eventsOfType(bookingId, "slot_offered");
    expect(offeredEvents).toHaveLength(1);
    expect(offeredEvents[0]).toMatchObject({
      callId: callIds[0],
      payload: { ...slot, fits: true, reason: null },
    });
  });

  test("records a slot that does not fit with its reason, and asks for an alternative", async () => {
    const { callIds } = await bookingWith({ statuses: ["in_progress"] });
    const answer = await checkAvailability({ callId: callIds[0], start: afterWindow }, clock);
    expect(answer.code).toBe("unavailable");
    expect(answer.say).toContain("That is outside the dates the client is available.");
    expect((await getCall(callIds[0]))?.offeredSlots).toEqual([
      {
        start: "2026-12-12T14:00:00.000Z",
        end: "2026-12-12T15:00:00.000Z",
        fits: false,
        reason: "That is outside the dates the client is available.",
        reason_sentence: { key: "slotOutsideDates", values: {} },
      },
    ]);
  });

  test("an afternoon slot inside the window is unavailable for a morning person", async () => {
    const { callIds } = await bookingWith({ statuses: ["in_progress"] });
    // Tuesday 1 December 15:00 Boston.
    const answer = await checkAvailability(
      { callId: callIds[0], start: new Date("2026-12-01T20:00:00Z") },
      clock,
    );
    expect(answer.code).toBe("unavailable");
    expect(answer.say).toContain("preferred time (08:00–12:00)");
  });

  test("the slot's length is the service's appointment length", async () => {
    const { callIds } = await bookingWith({ statuses: ["in_progress"] });
    const answer = await checkAvailability({ callId: callIds[0], start: tuesdayNine }, clock);
    expect(Date.parse(answer.slot!.end) - Date.parse(answer.slot!.start)).toBe(60 * 60_000);
  });

  test("checking the same slot twice keeps one copy, with the latest verdict", async () => {
    const { callIds } = await bookingWith({ statuses: ["in_progress"] });
    await checkAvailability({ callId: callIds[0], start: wednesdayTen }, clock);
    await checkAvailability({ callId: callIds[0], start: tuesdayNine }, clock);
    await checkAvailability({ callId: callIds[0], start: wednesdayTen }, clock);
    const offered = (await getCall(callIds[0]))!.offeredSlots;
    expect(offered.map((s) => s.start)).toEqual(["2026-12-01T14:00:00.000Z", "2026-12-02T15:00:00.000Z"]);
  });

  test("a slot clashing with the person's other booked appointment is unavailable", async () => {
    const userId = await newUser();
    const first = await bookingWith({ statuses: ["in_progress"], userId });
    expect(await requestBooking({ callId: first.callIds[0], start: tuesdayNine }, clock)).toMatchObject({
      code: "approved",
    });

    const second = await bookingWith({ statuses: ["in_progress"], userId });
    // 09:30–10:30 overlaps the 09:00–10:00 appointment.
    const overlapping = new Date(tuesdayNine.getTime() + 30 * 60_000);
    const answer = await checkAvailability({ callId: second.callIds[0], start: overlapping }, clock);
    expect(answer.code).toBe("unavailable");
    expect(answer.say).toContain("The client already has another appointment at that time.");
    expect(await requestBooking({ callId: second.callIds[0], start: overlapping }, clock)).toMatchObject({
      code: "unavailable",
    });
    expect((await getBooking(second.bookingId))?.status).toBe("processing");
    // Straight after the other appointment is fine.
    const after = new Date(tuesdayNine.getTime() + 60 * 60_000);
    expect((await checkAvailability({ callId: second.callIds[0], start: after }, clock)).code).toBe(
      "available",
    );
  });

  test("another person's appointment at the same time is no clash", async () => {
    const first = await bookingWith({ statuses: ["in_progress"] });
    await requestBooking({ callId: first.callIds[0], start: tuesdayNine }, clock);
    const second = await bookingWith({ statuses: ["in_progress"] });
    expect((await checkAvailability({ callId: second.callIds[0], start: tuesdayNine }, clock)).code).toBe(
      "available",
    );
  });

  test("an unknown call is not found", async () => {
    await expect(
      checkAvailability({ callId: "call_missing", start: tuesdayNine }, clock),
    ).rejects.toMatchObject({
      type: "not_found",
    });
    await expect(
      requestBooking({ callId: "call_missing", start: tuesdayNine }, clock),
    ).rejects.toBeInstanceOf(AppError);
  });
});

describe("request_booking in auto mode", () => {
  test("approves the first fitting slot and books it under the lock", async () => {
    const { bookingId, callIds } = await bookingWith({
      statuses: ["in_progress", "in_progress", "in_progress"],
    });
    const answer = await requestBooking({ callId: callIds[1], start: tuesdayNine }, clock);
    expect(answer.code).toBe("approved");
    expect(answer.say).toBe(
      "Approved. Please book Tuesday 1 December at 09:00 for Sam Lee and confirm it with them.",
    );
    expect(await getBooking(bookingId)).toMatchObject({
      status: "booked",
      bookedCallId: callIds[1],
      bookedProviderId: dentists[1],
      bookedSlotStart: tuesdayNine,
      bookedSlotEnd: new Date(tuesdayNine.getTime() + 60 * 60_000),
      bookedAt: clock.now(),
    });
    const booked = await eventsOfType(bookingId, "booking_booked");
    expect(booked).toHaveLength(1);
    expect(booked[0].callId).toBe(callIds[1]);
  });

  test("every other call then gets booking_closed from both tools; its offer is still shown, never booked", async () => {
    const { bookingId, callIds } = await bookingWith({
      statuses: ["in_progress", "in_progress", "in_progress"],
    });
    await requestBooking({ callId: callIds[0], start: tuesdayNine }, clock);
    for (const callId of callIds.slice(1)) {
      const requested = await requestBooking({ callId, start: wednesdayTen }, clock);
      expect(requested).toMatchObject({ code: "booking_closed", slot: null });
      expect(requested.say).toMatch(/already booked another appointment/);
      expect((await getCall(callId))?.offeredSlots).toEqual([]);
      expect((await checkAvailability({ callId, start: wednesdayTen }, clock)).code).toBe("booking_closed");
      expect((await getCall(callId))?.offeredSlots).toMatchObject([
        { start: wednesdayTen.toISOString(), fits: true },
      ]);
    }
    expect((await getBooking(bookingId))?.bookedCallId).toBe(callIds[0]);
    expect(await eventsOfType(bookingId, "booking_booked")).toHaveLength(1);
  });

  test("the winning call asking again is told it is already confirmed, and nothing is booked twice", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress", "in_progress"] });
    await requestBooking({ callId: callIds[0], start: tuesdayNine }, clock);
    const again = await requestBooking({ callId: callIds[0], start: tuesdayNine }, clock);
    expect(again).toMatchObject({
      code: "approved",
      say: "This booking is already confirmed for Tuesday 1 December at 09:00.",
    });
    expect(await eventsOfType(bookingId, "booking_booked")).toHaveLength(1);
  });

  test("cancels the booking's calls that were still queued or scheduled, and only those", async () => {
    const { bookingId, callIds } = await bookingWith({
      statuses: ["in_progress", "in_progress", "queued", "scheduled", "no_answer"],
    });
    await requestBooking({ callId: callIds[0], start: tuesdayNine }, clock);
    const byId = new Map((await listCallsForBooking(bookingId)).map((c) => [c.id, c]));
    expect(byId.get(callIds[1])?.status).toBe("in_progress");
    expect(byId.get(callIds[4])?.status).toBe("no_answer");
    for (const pending of [callIds[2], callIds[3]]) {
      expect(byId.get(pending)).toMatchObject({
        status: "canceled",
        failureReason: "Another provider booked the appointment first.",
        endedAt: clock.now(),
      });
    }
    const ended = (await eventsOfType(bookingId, "call_ended")).map((e) => e.callId);
    expect(ended.sort()).toEqual([callIds[2], callIds[3]].sort());
  });

  test("a slot that does not fit is refused and takes no lock", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress"] });
    const answer = await requestBooking({ callId: callIds[0], start: afterWindow }, clock);
    expect(answer.code).toBe("unavailable");
    expect(await getBooking(bookingId)).toMatchObject({ status: "processing", bookedCallId: null });
  });

  test("a canceled booking closes every call", async () => {
    const { bookingId, callIds } = await bookingWith({ statuses: ["in_progress"] });
    await transitionBooking({
      bookingId,
      from: ["processing"],
      to: "canceled",
      reason: sentence("statusYouCancelled"),
      now: clock.now(),
    });
    const answer = await requestBooking({ callId: callIds[0], start: tuesdayNine }, clock);
    expect(answer.code).toBe("booking_closed");
    expect(answer.say).toMatch(/cancelled this request/);
    expect((await getBooking(bookingId))?.bookedCallId).toBeNull();
  });
});

describe("request_booking on a call that has ended", () => {
  test.each(["completed", "no_answer", "failed", "canceled", "queued"] as const)(
    "a %s call gets call_ended from both tools and records nothing",
    async (status) => {
      const { bookingId, callIds } = await bookingWith({ statuses: [status] });
      expect(await requestBooking({ callId: callIds[0], start: tuesdayNine }, clock)).toEqual({
        code: "call_ended",
        say: "This call has already ended.",
        slot: null,
      });
      expect((await checkAvailability({ callId: callIds[0], start: tuesdayNine }, clock)).code).toBe(
        "call_ended",
      );
      expect((await getCall(callIds[0]))?.offeredSlots).toEqual([]);
      expect((await getBooking(bookingId))?.status).toBe("processing");
    },
  );
});

describe("request_booking in review mode", () => {
  test("an inquiry call is told to ask for a hold, and nothing is booked", async () => {
    const { bookingId, callIds } = await bookingWith({ mode: "review", statuses: ["in_progress", "queued"] });
    const answer = await requestBooking({ callId: callIds[0], start: tuesdayNine }, clock);
    expect(answer.code).toBe("hold_requested");
    expect(answer.say).toMatch(/^Do not book yet/);
    // Until when: said in the call's language (English for a Boston dentist), and kept as the instant itself.
    expect(answer.holdUntilText).toMatch(/^\d{1,2}:\d\d [AP]M today$|^\w+day \d+ \w+ at \d{1,2}:\d\d [AP]M$/);
    expect(Date.parse(answer.heldUntil!)).toBeGreaterThan(clock.now().getTime());
    expect(await getBooking(bookingId)).toMatchObject({ status: "processing", bookedCallId: null });
    expect(await eventsOfType(bookingId, "booking_booked")).toHaveLength(0);
    // The offer is kept for the person to choose from, and the other call still goes ahead.
    expect((await getCall(callIds[0]))?.offeredSlots).toEqual([
      {
        start: "2026-12-01T14:00:00.000Z",
        end: "2026-12-01T15:00:00.000Z",
        fits: true,
        reason: null,
        reason_sentence: null,
      },
    ]);
    expect((await getCall(callIds[1]))?.status).toBe("queued");
  });

  describe("a confirmation call", () => {
    async function confirming() {
      const { bookingId, callIds, userId } = await bookingWith({
        mode: "review",
        statuses: ["completed", "completed"],
      });
      const confirmationId = newId("call");
      const target = {
        start: tuesdayNine.toISOString(),
        end: new Date(tuesdayNine.getTime() + 3_600_000).toISOString(),
      };
      expect(
        await startConfirmation({
          bookingId,
          from: ["processing"],
          call: { id: confirmationId, providerId: dentists[1], userId, distanceKm: 2, targetSlot: target },
          now: clock.now(),
        }),
      ).toBe(true);
      await getDb().update(calls).set({ status: "in_progress" }).where(eq(calls.id, confirmationId));
      return { bookingId, callIds, confirmationId };
    }

    test("may not book any slot other than the one the person chose", async () => {
      const { bookingId, confirmationId } = await confirming();
      const answer = await requestBooking({ callId: confirmationId, start: wednesdayTen }, clock);
      expect(answer.code).toBe("declined");
      expect(answer.say).toContain("The client chose Tuesday 1 December at 09:00");
      expect(await getBooking(bookingId)).toMatchObject({ status: "confirming", bookedCallId: null });
    });

    test("books the chosen slot", async () => {
      const { bookingId, confirmationId } = await confirming();
      const answer = await requestBooking({ callId: confirmationId, start: tuesdayNine }, clock);
      expect(answer.code).toBe("approved");
      expect(await getBooking(bookingId)).toMatchObject({
        status: "booked",
        bookedCallId: confirmationId,
        bookedProviderId: dentists[1],
        bookedSlotStart: tuesdayNine,
      });
    });

    test("an inquiry call still talking meanwhile cannot book", async () => {
      const { bookingId, confirmationId } = await confirming();
      const inquiry = newId("call");
      await getDb()
        .insert(calls)
        .values({
          id: inquiry,
          bookingId,
          providerId: dentists[2],
          userId: (await getBooking(bookingId))!.userId,
          status: "in_progress",
        });
      expect((await requestBooking({ callId: inquiry, start: wednesdayTen }, clock)).code).not.toBe(
        "approved",
      );
      expect((await requestBooking({ callId: confirmationId, start: tuesdayNine }, clock)).code).toBe(
        "approved",
      );
      expect((await getBooking(bookingId))?.bookedCallId).toBe(confirmationId);
    });
  });
});

describe("the booking lock under concurrent requests", () => {
  // Every query here is synchronous (better-sqlite3), so requests only interleave at their awaits: calls whose
  // timers fire together start in the same tick, each after a random number of microtask turns, so their
  // steps (load, check, lock) interleave at random.
  async function race(random: () => number, callIds: string[], starts: Date[]) {
    const plan = callIds.map((callId) => ({
      callId,
      delayMs: Math.floor(random() * 6), // 0–5 ms
      turns: Math.floor(random() * 12),
      start: starts[Math.floor(random() * starts.length)],
    }));
    const fire = async (step: (typeof plan)[number]) => {
      for (let i = 0; i < step.turns; i++) await Promise.resolve();
      const answer = await requestBooking({ callId: step.callId, start: step.start }, clock);
      return { ...step, code: answer.code };
    };
    const delays = [...new Set(plan.map((step) => step.delayMs))];
    const waves = await Promise.all(
      delays.map(
        (delay) =>
          new Promise<Awaited<ReturnType<typeof fire>>[]>((resolve, reject) => {
            setTimeout(() => {
              Promise.all(plan.filter((step) => step.delayMs === delay).map(fire)).then(resolve, reject);
            }, delay);
          }),
      ),
    );
    return waves.flat();
  }

  test("200 seeded random races: exactly one call of each booking is approved and booked, never two", async () => {
    const random = seededRandom("booking-lock-races");
    const fittingStarts = [
      tuesdayNine,
      wednesdayTen,
      new Date("2026-12-03T13:00:00Z"),
      new Date("2026-12-04T16:00:00Z"),
    ];
    let contested = 0;
    for (let n = 0; n < 200; n++) {
      const callCount = 3 + Math.floor(random() * 8); // 3–10
      const { bookingId, callIds } = await bookingWith({ statuses: Array(callCount).fill("in_progress") });
      const answers = await race(random, callIds, fittingStarts);

      const approved = answers.filter((a) => a.code === "approved");
      expect(approved, `race ${n}`).toHaveLength(1);
      expect(answers.filter((a) => a.code !== "approved").map((a) => a.code)).toEqual(
        Array(callCount - 1).fill("booking_closed"),
      );
      const booking = await getBooking(bookingId);
      expect(booking?.status).toBe("booked");
      expect(callIds).toContain(booking?.bookedCallId);
      expect(booking?.bookedCallId).toBe(approved[0].callId);
      expect(booking?.bookedSlotStart).toEqual(approved[0].start);
      const events = await listCallEventsSince(bookingId, 0);
      const booked = events.filter((e) => e.type === "booking_booked");
      expect(booked, `race ${n}`).toHaveLength(1);
      expect(booked[0].callId).toBe(approved[0].callId);
      // A call records its offer only if it got past the closed check before the lock was taken.
      const contenders = new Set(events.filter((e) => e.type === "slot_offered").map((e) => e.callId));
      if (contenders.size > 1) contested++;
    }
    // The races really were races: in many of them several calls reached the lock together.
    expect(contested).toBeGreaterThanOrEqual(50);
  }, 60_000);
});
