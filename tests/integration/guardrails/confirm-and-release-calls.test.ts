// Confirmation and release calls are calls like any other: each counts against the person's calls for the day, and
// none is placed once they are used up. POST /api/booking/{id}/confirm is rate-limited like a booking request and,
// with a real dialer, open only to a verified, consenting account.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postConfirm } from "@/app/api/booking/[id]/confirm/route";
import { takeBookingLock } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall, listCallsForBooking } from "@/db/calls";
import { seedDemoDirectory } from "@/db/providers";
import { listHoldsForBooking, recordHoldRequest, settleHoldRequests } from "@/db/slot-holds";
import { chargeUsage, readUsage } from "@/db/usage-counters";
import { releaseUnneededHolds } from "@/lib/booking/holds";
import { fixedClock } from "@/lib/clock";
import { utcDay } from "@/lib/guardrails/day";
import { newId } from "@/lib/ids";
import { overrideRuntime } from "@/lib/runtime";
import { pauseBackgroundJobs } from "@/tests/support/job-runner";
import { jsonRequest, params } from "../helpers";
import {
  bookingWithOffer as bookingWithOfferAt,
  createBookingWithProviderCalls,
} from "../support/booking-fixtures";
import { person, recordingRealDialer, useEnv } from "./support";

// Wednesday 25 November 2026, 10:00 in Boston.
const clock = fixedClock("2026-11-25T15:00:00Z");
const callsPerDay = 4;
let restoreRuntime: () => void;

// Nothing is dialed: the tests look at what is queued and counted.
pauseBackgroundJobs();
beforeAll(async () => {
  useEnv({ CALLS_PER_PERSON_PER_DAY: String(callsPerDay) });
  await seedDemoDirectory();
  restoreRuntime = overrideRuntime({ dialer: recordingRealDialer(), clock });
});
afterAll(() => {
  useEnv({ CALLS_PER_PERSON_PER_DAY: "1000000", RATE_LIMITS: "off" });
  restoreRuntime();
});

const callsUsed = async (userId: string) =>
  (await readUsage(userId, utcDay(clock.now()), ["person_calls"])).person_calls;

/** Uses up the person's calls for today but `left`. */
async function useCallsBut(userId: string, left: number): Promise<void> {
  const amount = callsPerDay - left - (await callsUsed(userId));
  await chargeUsage([
    { scope: "person_calls", key: userId, day: utcDay(clock.now()), amount, limit: callsPerDay },
  ]);
}

const bookingWithOffer = (userId: string) => bookingWithOfferAt(userId, clock.now());

function confirm(cookie: string, booking: { bookingId: string; providerId: string; slotStart: string }) {
  return postConfirm(
    jsonRequest(`/api/booking/${booking.bookingId}/confirm`, {
      cookie,
      body: { provider_id: booking.providerId, slot_start: booking.slotStart },
    }),
    params({ id: booking.bookingId }),
  );
}

const confirmationCalls = async (bookingId: string) =>
  (await listCallsForBooking(bookingId)).filter((call) => call.purpose === "confirmation");

describe("a confirmation call", () => {
  it("counts against the person's calls, and none is queued once they are used up", async () => {
    const { cookie, userId } = await person();
    const first = await bookingWithOffer(userId);
    await useCallsBut(userId, 1);
    expect((await confirm(cookie, first)).status).toBe(202);
    expect(await callsUsed(userId)).toBe(callsPerDay);
    expect(await confirmationCalls(first.bookingId)).toHaveLength(1);

    const second = await bookingWithOffer(userId);
    const refused = await confirm(cookie, second);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatch(
      /^You have used all 4 calls CallPilot may make for you today/,
    );
    expect(await confirmationCalls(second.bookingId)).toHaveLength(0);
  });

  it("with a real dialer, is refused to a person without a verified email or consent, and nothing is queued", async () => {
    for (const who of [{ verified: false }, { consented: false }]) {
      const { cookie, userId } = await person(who);
      const booking = await bookingWithOffer(userId);
      const refused = await confirm(cookie, booking);
      expect(refused.status).toBe(403);
      expect(await confirmationCalls(booking.bookingId)).toHaveLength(0);
      expect(await callsUsed(userId)).toBe(0);
    }
  });

  it("is rate-limited like a booking request", async () => {
    useEnv({ RATE_LIMITS: "on", RATE_LIMIT_BOOKING_PER_MINUTE: "2" });
    try {
      const { cookie, userId } = await person();
      const booking = await bookingWithOffer(userId);
      expect((await confirm(cookie, booking)).status).toBe(202);
      expect((await confirm(cookie, booking)).status).toBe(200);
      const refused = await confirm(cookie, booking);
      expect(refused.status).toBe(429);
      expect((await refused.json()).error).toMatch(/^Too many booking requests in a short time/);
    } finally {
      useEnv({ RATE_LIMITS: "off" });
    }
  });
});

describe("a release call", () => {
  /** A booked booking whose other business agreed to hold a slot until later today. */
  async function bookedWithOtherHold(userId: string) {
    const { bookingId, callIds } = await createBookingWithProviderCalls({
      userId,
      callCount: 2,
      mode: "review",
      now: clock.now(),
      status: "in_progress",
    });
    const [winner, holder] = [(await getCall(callIds[0]))!, (await getCall(callIds[1]))!];
    await recordHoldRequest({
      id: newId("hold"),
      bookingId,
      callId: holder.id,
      providerId: holder.providerId,
      slot: { start: new Date("2026-11-30T15:00:00Z"), end: new Date("2026-11-30T16:00:00Z") },
      heldUntil: new Date("2026-11-25T18:00:00Z"),
      now: clock.now(),
    });
    await settleHoldRequests({ callId: holder.id, agreed: true, now: clock.now() });
    await takeBookingLock({
      bookingId,
      expectedStatus: "processing",
      callId: winner.id,
      providerId: winner.providerId,
      slot: { start: new Date("2026-12-01T15:00:00Z"), end: new Date("2026-12-01T16:00:00Z") },
      now: clock.now(),
    });
    return { bookingId, holderCallId: holder.id };
  }

  it("counts against the person's calls", async () => {
    const { userId } = await person();
    const { bookingId } = await bookedWithOtherHold(userId);
    expect(await releaseUnneededHolds(bookingId, clock)).toHaveLength(1);
    expect(await callsUsed(userId)).toBe(1);
  });

  it("is not placed once the person's calls are used up: the hold runs out on its own, and the timeline says why", async () => {
    const { userId } = await person();
    const { bookingId, holderCallId } = await bookedWithOtherHold(userId);
    await useCallsBut(userId, 0);
    expect(await releaseUnneededHolds(bookingId, clock)).toEqual([]);
    expect((await listCallsForBooking(bookingId)).some((call) => call.purpose === "release")).toBe(false);
    expect((await listHoldsForBooking(bookingId))[0].status).toBe("expired");
    const warnings = (await listCallEventsForCall(holderCallId)).filter((event) => event.type === "warning");
    expect(warnings.map((event) => (event.payload as { message: string }).message)).toEqual([
      expect.stringMatching(
        /^No release call: the 4 calls CallPilot may make for this person today are used up/,
      ),
    ]);
    expect(await callsUsed(userId)).toBe(callsPerDay);
  });
});
