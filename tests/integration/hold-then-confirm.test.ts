// Issue 8, hold-then-confirm on the simulated dialer: in review mode the agent asks each business to hold its offer
// until a stated time; the person sees the holds, chooses one, a confirmation call books it, and every other business
// that held a slot gets a short release call, while one whose hold ran out gets none.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postBookingRequest } from "@/app/api/booking/request/route";
import { GET as getBookingRoute } from "@/app/api/booking/[id]/route";
import { POST as postConfirm } from "@/app/api/booking/[id]/confirm/route";
import { POST as postChat } from "@/app/api/chat/route";
import { POST as postTask } from "@/app/api/task/route";
import { getBooking, takeBookingLock } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall, listCallsForBooking } from "@/db/calls";
import { seedDemoDirectory } from "@/db/providers";
import { listHoldsForBooking, recordHoldRequest, settleHoldRequests } from "@/db/slot-holds";
import type { BookingView, ProviderResult } from "@/lib/booking/booking-view";
import { holdUntil, markExpiredHoldOnChoice, releaseUnneededHolds } from "@/lib/booking/holds";
import { fixedClock } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { createBookingWithProviderCalls, createTestUser } from "./support/booking-fixtures";
import { anonymousSession, eventually, jsonRequest, params } from "./helpers";
import { runJobsDuringTests } from "@/tests/support/job-runner";

// Calls, reactions and webhooks run in the background, as on a server.
runJobsDuringTests();

beforeAll(async () => {
  await seedDemoDirectory();
});

async function view(cookie: string, bookingId: string): Promise<BookingView> {
  const response = await getBookingRoute(
    jsonRequest(`/api/booking/${bookingId}`, { cookie }),
    params({ id: bookingId }),
  );
  return response.json();
}

const settled = (result: ProviderResult) =>
  !["queued", "dialing", "in_progress"].includes(result.call_status);

describe("hold-then-confirm on the simulated dialer", () => {
  it("holds each fitting offer until a stated time, books the chosen one, and releases the others", async () => {
    const cookie = await anonymousSession();
    const task = await postTask(
      jsonRequest("/api/task", { cookie, body: { time_zone: "America/New_York" } }),
      {},
    );
    const taskId = (await task.json()).task_id;
    await postChat(
      jsonRequest("/api/chat", {
        cookie,
        body: { task_id: taskId, message: "I need a dentist in Cambridge MA next week. My name is Sam Lee." },
      }),
      {},
    );
    const request = await postBookingRequest(
      jsonRequest("/api/booking/request", {
        cookie,
        body: { task_id: taskId, preferences: { swarm_size: 5, mode: "review" } },
      }),
      {},
    );
    expect(request.status).toBe(202);
    const bookingId = (await request.json()).booking_id as string;

    const choosing = await eventually(
      () => view(cookie, bookingId),
      (v) => v.status === "awaiting_choice" && v.results.every(settled),
    );
    const held = choosing.results.filter((result) => result.hold?.status === "held");
    expect(held.length).toBeGreaterThanOrEqual(2);
    for (const result of held) {
      // The hold runs until the stated time, in the future, and is the offer the person can choose.
      expect(Date.parse(result.hold!.held_until)).toBeGreaterThan(Date.now());
      expect(result.offered_slots.some((slot) => slot.start === result.hold!.start && slot.fits)).toBe(true);
      const agreed = (await listCallEventsForCall(result.call_id)).filter((e) => e.type === "hold_agreed");
      expect(agreed).toHaveLength(1);
    }
    const transcriptOfHeld = (await listCallEventsForCall(held[0].call_id))
      .filter((event) => event.type === "transcript")
      .map((event) => (event.payload as { text: string }).text);
    expect(transcriptOfHeld.some((line) => / until .*(today|at)/.test(line) && /hold/.test(line))).toBe(true);

    const chosen = held[0];
    const confirm = await postConfirm(
      jsonRequest(`/api/booking/${bookingId}/confirm`, {
        cookie,
        body: { provider_id: chosen.provider_id, slot_start: chosen.hold!.start },
      }),
      params({ id: bookingId }),
    );
    expect(confirm.status).toBe(202);

    const done = await eventually(
      async () => ({
        booking: await view(cookie, bookingId),
        calls: await listCallsForBooking(bookingId),
        holds: await listHoldsForBooking(bookingId),
      }),
      // A hold is marked released by the reaction to its release call's end, a moment after the call ends.
      ({ booking, calls, holds }) =>
        booking.status === "booked" &&
        calls.filter((call) => call.purpose === "release").length === held.length - 1 &&
        calls.every((call) => !["queued", "dialing", "in_progress"].includes(call.status)) &&
        holds.filter((hold) => hold.status === "released").length === held.length - 1,
    );
    expect(done.booking.booked?.provider_id).toBe(chosen.provider_id);
    expect(done.booking.booked?.slot.start).toBe(chosen.hold!.start);
    const releases = done.calls.filter((call) => call.purpose === "release");
    expect(new Set(releases.map((call) => call.providerId))).toEqual(
      new Set(held.filter((r) => r.provider_id !== chosen.provider_id).map((r) => r.provider_id)),
    );
    for (const release of releases) {
      expect(release.status).toBe("completed");
      const lines = (await listCallEventsForCall(release.id))
        .filter((event) => event.type === "transcript")
        .map((event) => (event.payload as { text: string }).text);
      expect(lines.some((line) => /please release it/.test(line))).toBe(true);
    }
    expect(done.holds.filter((hold) => hold.status === "booked")).toHaveLength(1);
    expect(done.holds.filter((hold) => hold.status === "released")).toHaveLength(held.length - 1);
    expect(
      done.booking.results.find((r) => r.provider_id !== chosen.provider_id && r.hold)?.hold?.status,
    ).toBe("released");
  });
});

describe("holds that ran out", () => {
  const clock = fixedClock("2026-12-03T15:00:00Z");

  async function bookingWithAgreedHold(heldUntil: Date) {
    const userId = await createTestUser();
    const { bookingId, callIds } = await createBookingWithProviderCalls({
      userId,
      callCount: 2,
      mode: "review",
      now: clock.now(),
      status: "in_progress",
    });
    const call = (await getCall(callIds[1]))!;
    const slot = { start: new Date("2026-12-07T15:00:00Z"), end: new Date("2026-12-07T16:00:00Z") };
    await recordHoldRequest({
      id: newId("hold"),
      bookingId,
      callId: call.id,
      providerId: call.providerId,
      slot,
      heldUntil,
      now: clock.now(),
    });
    await settleHoldRequests({ callId: call.id, agreed: true, now: clock.now() });
    return { userId, bookingId, callIds, call, slot };
  }

  it("a booked booking makes no release call to a business whose hold already expired, and marks it", async () => {
    const { bookingId, callIds } = await bookingWithAgreedHold(new Date("2026-12-03T16:00:00Z"));
    const winner = (await getCall(callIds[0]))!;
    await takeBookingLock({
      bookingId,
      expectedStatus: "processing",
      callId: winner.id,
      providerId: winner.providerId,
      slot: { start: new Date("2026-12-08T15:00:00Z"), end: new Date("2026-12-08T16:00:00Z") },
      now: clock.now(),
    });
    const afterExpiry = fixedClock("2026-12-03T17:00:00Z");
    expect(await releaseUnneededHolds(bookingId, afterExpiry)).toEqual([]);
    expect((await listHoldsForBooking(bookingId))[0].status).toBe("expired");
    expect((await listCallsForBooking(bookingId)).some((call) => call.purpose === "release")).toBe(false);
  });

  it("a hold still running gets exactly one release call, however often the booking settles", async () => {
    const { bookingId, callIds } = await bookingWithAgreedHold(new Date("2026-12-03T18:00:00Z"));
    const winner = (await getCall(callIds[0]))!;
    await takeBookingLock({
      bookingId,
      expectedStatus: "processing",
      callId: winner.id,
      providerId: winner.providerId,
      slot: { start: new Date("2026-12-08T15:00:00Z"), end: new Date("2026-12-08T16:00:00Z") },
      now: clock.now(),
    });
    const first = await releaseUnneededHolds(bookingId, clock);
    expect(first).toHaveLength(1);
    expect(await releaseUnneededHolds(bookingId, clock)).toEqual([]);
    const release = (await getCall(first[0]))!;
    expect(release.purpose).toBe("release");
    // Queued, or already picked up by this file's background dispatcher: placed either way, never canceled.
    expect(["queued", "dialing", "in_progress", "completed"]).toContain(release.status);
    expect(release.targetSlot).toEqual({
      start: "2026-12-07T15:00:00.000Z",
      end: "2026-12-07T16:00:00.000Z",
    });
  });

  it("choosing an offer whose hold ran out marks it expired for the person; a running one is left alone", async () => {
    const running = await bookingWithAgreedHold(new Date("2026-12-03T18:00:00Z"));
    expect(
      await markExpiredHoldOnChoice(
        running.bookingId,
        running.call.providerId,
        running.slot.start.toISOString(),
        clock,
      ),
    ).toBe(false);
    const expired = await bookingWithAgreedHold(new Date("2026-12-03T15:00:00Z"));
    expect(
      await markExpiredHoldOnChoice(
        expired.bookingId,
        expired.call.providerId,
        expired.slot.start.toISOString(),
        clock,
      ),
    ).toBe(true);
    expect((await listHoldsForBooking(expired.bookingId))[0].status).toBe("expired");
    const events = await listCallEventsForCall(expired.call.id);
    expect(events.map((event) => event.type)).toContain("hold_expired");
    expect((await getBooking(expired.bookingId))!.status).toBe("processing");
  });

  it("the stated time is HOLD_MINUTES ahead, rounded up to a quarter hour", () => {
    expect(holdUntil(new Date("2026-12-03T15:07:00Z"), 120).toISOString()).toBe("2026-12-03T17:15:00.000Z");
    expect(holdUntil(new Date("2026-12-03T15:00:00Z"), 60).toISOString()).toBe("2026-12-03T16:00:00.000Z");
  });
});
