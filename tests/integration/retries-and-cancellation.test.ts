// Issue 8, retries: once a booking is booked or cancelled, none of its queued or scheduled attempts is dialed, and
// an agent still on a call is told by its tools to close politely without booking.
import { beforeAll, describe, expect, test } from "vitest";
import { getBooking, takeBookingLock } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import { enqueueCall, finishCall, listCallsForBooking } from "@/db/calls";
import { listProviders, seedDemoDirectory } from "@/db/providers";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { checkAvailability, requestBooking } from "@/lib/booking/in-call-tools";
import type { Dialer } from "@/lib/calls/dialer";
import { buildBookingView } from "@/lib/booking/booking-view";
import { loadAdminBookingDetail } from "@/lib/admin/bookings/booking-detail";
import { settleReactions } from "@/tests/support/job-runner";
import { runDispatchPass } from "@/lib/calls/dispatcher";
import { overrideRuntime } from "@/lib/runtime";
import { fixedClock } from "@/lib/clock";
import { getConfig } from "@/lib/config";
import { newId } from "@/lib/ids";
import { POST as postCancel } from "@/app/api/booking/[id]/cancel/route";
import { sentence } from "@/lib/sentences/sentence";
import { anonymousSession, jsonRequest, params } from "./helpers";
import { createBookingWithProviderCalls, createTestUser } from "./support/booking-fixtures";

const clock = fixedClock("2026-12-03T15:00:00Z");
const later = fixedClock("2026-12-04T16:00:00Z");

function countingDialer(): Dialer & { placed: string[] } {
  const placed: string[] = [];
  return {
    name: "simulated",
    callsRealPhones: false,
    placed,
    async placeCall(request) {
      placed.push(request.brief.callId);
      return { externalId: `count_${request.brief.callId}` };
    },
    async wasPlaced() {
      return "not_placed";
    },
  };
}

beforeAll(async () => {
  await seedDemoDirectory();
});

/** A booking with two calls talking (A and B) and six retries scheduled for tomorrow morning. */
async function bookingWithSixScheduledAttempts(mode: "auto" | "review") {
  const userId = await createTestUser();
  const { bookingId, callIds } = await createBookingWithProviderCalls({
    userId,
    callCount: 2,
    mode,
    now: clock.now(),
    status: "in_progress",
  });
  const dentists = (await listProviders({ serviceType: "dentist" }))
    .filter((p) => p.country === "US" || p.country === "GB")
    .slice(2, 8);
  expect(dentists).toHaveLength(6);
  const scheduled: string[] = [];
  for (const dentist of dentists) {
    const call = await enqueueCall({
      id: newId("call"),
      bookingId,
      providerId: dentist.id,
      userId,
      purpose: "inquiry",
      attempt: 2,
      previousCallId: null,
      distanceKm: 1,
      targetSlot: null,
      scheduledFor: new Date(clock.now().getTime() + 30 * 60_000),
      now: clock.now(),
    });
    scheduled.push(call.id);
  }
  return { userId, bookingId, talking: callIds, scheduled };
}

async function dispatchTomorrow(): Promise<string[]> {
  const dialer = countingDialer();
  await runDispatchPass({ dialer, clock: later, config: { ...getConfig(), MAX_CONCURRENT_CALLS: 50 } });
  return dialer.placed;
}

describe("a booked booking dials none of its scheduled attempts", () => {
  test("a booking booked while six attempts are scheduled leaves none of them dialed", async () => {
    const { bookingId, talking, scheduled } = await bookingWithSixScheduledAttempts("auto");
    const calls = await listCallsForBooking(bookingId);
    const winner = calls.find((call) => call.id === talking[0])!;
    const won = await takeBookingLock({
      bookingId,
      expectedStatus: "processing",
      callId: winner.id,
      providerId: winner.providerId,
      slot: { start: new Date("2026-12-07T15:00:00Z"), end: new Date("2026-12-07T16:00:00Z") },
      now: clock.now(),
    });
    expect(won).toBe(true);

    // In the same transaction as the lock: every scheduled attempt ended, each with its own event.
    const after = await listCallsForBooking(bookingId);
    for (const id of scheduled) {
      const call = after.find((row) => row.id === id)!;
      expect(call.status).toBe("canceled");
      expect(call.failureReason).toBe("Another provider booked the appointment first.");
      const ended = (await listCallEventsForCall(id)).filter((event) => event.type === "call_ended");
      expect(ended).toHaveLength(1);
    }

    expect(await dispatchTomorrow()).toEqual([]);
    expect((await getBooking(bookingId))!.status).toBe("booked");
  });

  test("the agent still talking on another call is told to close politely without booking", async () => {
    const { bookingId, talking } = await bookingWithSixScheduledAttempts("auto");
    const calls = await listCallsForBooking(bookingId);
    const [a, b] = talking.map((id) => calls.find((call) => call.id === id)!);
    await takeBookingLock({
      bookingId,
      expectedStatus: "processing",
      callId: a.id,
      providerId: a.providerId,
      slot: { start: new Date("2026-12-07T15:00:00Z"), end: new Date("2026-12-07T16:00:00Z") },
      now: clock.now(),
    });
    const check = await checkAvailability({ callId: b.id, start: new Date("2026-12-08T15:00:00Z") }, clock);
    expect(check.code).toBe("booking_closed");
    expect(check.say).toMatch(/end the call without booking/);
    const request = await requestBooking({ callId: b.id, start: new Date("2026-12-08T15:00:00Z") }, clock);
    expect(request.code).toBe("booking_closed");
    expect((await getBooking(bookingId))!.bookedCallId).toBe(a.id);
  });
});

describe("a cancelled booking dials none of its scheduled attempts", () => {
  test("cancelling ends the booking and its six scheduled attempts at once, and nothing is dialed after", async () => {
    const { userId, bookingId, talking, scheduled } = await bookingWithSixScheduledAttempts("review");
    const result = await cancelBooking({ userId, bookingId }, clock);
    expect(result.status).toBe("canceled");
    expect([...result.canceled_call_ids].sort()).toEqual([...scheduled].sort());
    expect(await getBooking(bookingId)).toMatchObject({
      status: "canceled",
      statusReason: "You cancelled this request.",
      statusReasonSentence: { key: "statusYouCancelled", values: {} },
    });
    expect(await dispatchTomorrow()).toEqual([]);

    const answer = await requestBooking(
      { callId: talking[0], start: new Date("2026-12-08T15:00:00Z") },
      clock,
    );
    expect(answer.code).toBe("booking_closed");
    expect(answer.say).toMatch(/cancelled/);
  });

  test("a second cancel changes nothing; someone else's booking cannot be cancelled", async () => {
    const { userId, bookingId } = await bookingWithSixScheduledAttempts("auto");
    await cancelBooking({ userId, bookingId }, clock);
    expect(await cancelBooking({ userId, bookingId }, clock)).toEqual({
      status: "canceled",
      canceled_call_ids: [],
    });
    const stranger = await createTestUser();
    await expect(cancelBooking({ userId: stranger, bookingId }, clock)).rejects.toThrow(/not found/);
  });

  test("POST /api/booking/{id}/cancel answers 404 with a sentence for a booking that is not the caller's", async () => {
    const { bookingId } = await bookingWithSixScheduledAttempts("auto");
    const cookie = await anonymousSession();
    const response = await postCancel(
      jsonRequest(`/api/booking/${bookingId}/cancel`, { cookie, body: {} }),
      params({ id: bookingId }),
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "The booking was not found." });
    expect((await getBooking(bookingId))!.status).toBe("processing");
  });

  test("a booked booking cannot be cancelled here: the appointment stands", async () => {
    const { userId, bookingId, talking } = await bookingWithSixScheduledAttempts("auto");
    const calls = await listCallsForBooking(bookingId);
    const winner = calls.find((call) => call.id === talking[0])!;
    await takeBookingLock({
      bookingId,
      expectedStatus: "processing",
      callId: winner.id,
      providerId: winner.providerId,
      slot: { start: new Date("2026-12-07T15:00:00Z"), end: new Date("2026-12-07T16:00:00Z") },
      now: clock.now(),
    });
    await expect(cancelBooking({ userId, bookingId }, clock)).rejects.toThrow(/already has an appointment/);
  });
});

describe("every attempt is a row of its own, shown with its place in the chain", () => {
  test("an unanswered call queues attempt 2 with its own events; the page and the admin say when, in local time", async () => {
    const restore = overrideRuntime({ clock });
    try {
      const userId = await createTestUser();
      const { bookingId, callIds } = await createBookingWithProviderCalls({
        userId,
        callCount: 1,
        mode: "auto",
        now: clock.now(),
        status: "in_progress",
      });
      await finishCall({
        callId: callIds[0],
        status: "no_answer",
        outcome: null,
        failure: sentence("failureNoAnswer"),
        now: clock.now(),
      });
      await settleReactions({ clock });
      const calls = await listCallsForBooking(bookingId);
      expect(calls).toHaveLength(2);
      const retry = calls.find((call) => call.id !== callIds[0])!;
      expect(retry).toMatchObject({ attempt: 2, previousCallId: callIds[0], status: "scheduled" });
      const queued = (await listCallEventsForCall(retry.id)).filter((event) => event.type === "call_queued");
      expect(queued).toHaveLength(1);

      const view = await buildBookingView((await getBooking(bookingId))!);
      // RETRY_MAX 2 allows three attempts; the retry is due RETRY_DELAY_MINUTES later, read in Boston's time.
      const due = retry.scheduledFor!;
      const local = due.toLocaleTimeString("en-GB", {
        timeZone: "America/New_York",
        hour: "2-digit",
        minute: "2-digit",
      });
      expect(view.results[0].attempt_label).toBe(`attempt 2 of 3, next try ${local} local`);
      const detail = await loadAdminBookingDetail(bookingId);
      expect(detail.calls.map((call) => call.attempt_label).sort()).toEqual([
        "attempt 1 of 3",
        `attempt 2 of 3, next try ${local} local`,
      ]);
    } finally {
      restore();
    }
  });
});
