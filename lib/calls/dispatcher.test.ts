import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createBookingWithCalls, getBooking } from "@/db/bookings";
import { claimDueCalls, finishCall, getCall, listCallsForBooking, markCallDialed } from "@/db/calls";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { bookings, callEvents, calls, providers, user, type CallStatus } from "@/db/schema";
import { fixedClock } from "@/lib/clock";
import { getConfig, type AppConfig } from "@/lib/config";
import { newId } from "@/lib/ids";
import type { BookingRequest } from "@/lib/intake/booking-request";
import {
  DialError,
  type Dialer,
  type PlaceCallRequest,
  type PlacedCall,
  type PlacementCheck,
} from "./dialer";
import { recoverStaleClaims, runDispatchPass, type DispatchDeps } from "./dispatcher";
import { settleReactions } from "@/tests/support/job-runner";

// Thursday 26 November 2026, 10:00 in Boston.
const clock = fixedClock("2026-12-03T15:00:00Z");
const request: BookingRequest = {
  service_type: "dentist",
  location: "Cambridge MA",
  timeframe: "next week",
  window: { start: "2026-11-30T00:00:00-05:00", end: "2026-12-07T00:00:00-05:00" },
  preferred_time: null,
  time_of_day: null,
  party_size: null,
  client_name: "Sam Lee",
  notes: null,
};
// Open Mon–Fri 08:00–17:00 Boston: open at the test's "now".
const openDentists = [
  "dentist-cambridge-ma-1",
  "dentist-cambridge-ma-2",
  "dentist-boston-ma-1",
  "dentist-boston-ma-2",
  "dentist-boston-ma-3",
  "dentist-cambridge-ma-3",
];
// South End Bistro, Boston: dinner only, Tue–Sun 17:00–22:00; closed at 10:00 on a Thursday.
const dinnerOnly = "restaurant-boston-ma-2";

beforeAll(async () => {
  await seedDemoDirectory();
  await getDb().insert(providers).values({
    id: "test-never-open",
    name: "Never Open Dental",
    serviceType: "dentist",
    phone: "+16175550199",
    address: "1 Closed St, Cambridge, MA 02138",
    city: "Cambridge",
    country: "US",
    latitude: 42.37,
    longitude: -71.11,
    timeZone: "America/New_York",
    rating: 4,
    openingHours: {},
    source: "admin",
  });
});
beforeEach(async () => {
  // Each test starts with no calls at all, so live calls of one test never count against another's cap.
  await getDb().delete(bookings);
  clock.set("2026-12-03T15:00:00Z");
});

interface FakeDialerOptions {
  callsRealPhones?: boolean;
  latencyMs?: number;
  /** Errors to throw on successive placeCall calls (undefined = succeed). */
  errors?: Array<Error | undefined>;
  placement?: PlacementCheck;
}

function fakeDialer(options: FakeDialerOptions = {}) {
  const placed: PlaceCallRequest[] = [];
  const checked: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const dialer: Dialer = {
    name: "twilio",
    callsRealPhones: options.callsRealPhones ?? false,
    async placeCall(request): Promise<PlacedCall> {
      const attempt = placed.push(request) - 1;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
        const error = options.errors?.[attempt];
        if (error) throw error;
        return { externalId: `ext_${request.brief.callId}_${attempt}`, externalCallSid: `CA${attempt}` };
      } finally {
        inFlight--;
      }
    },
    async wasPlaced(call) {
      checked.push(call.id);
      return options.placement ?? "not_placed";
    },
  };
  return { dialer, placed, checked, maxInFlight: () => maxInFlight };
}

function deps(dialer: Dialer, config: Partial<AppConfig> = {}): DispatchDeps {
  return {
    dialer,
    clock,
    config: {
      ...getConfig(),
      MAX_CONCURRENT_CALLS: 3,
      SIM_RESPECT_OPENING_HOURS: false,
      CALL_REDIRECT_TO: undefined,
      ...config,
    },
  };
}

async function newUser(): Promise<string> {
  const id = `user_${randomUUID()}`;
  await getDb()
    .insert(user)
    .values({ id, name: "Sam Lee", email: `${id}@example.test` });
  return id;
}

async function queuedBooking(providerIds: string[], options: { scheduledFor?: Date } = {}) {
  const callIds = providerIds.map(() => newId("call"));
  const { booking } = await createBookingWithCalls({
    id: newId("bkg"),
    taskId: null,
    userId: await newUser(),
    mode: "auto",
    swarmSize: callIds.length,
    request,
    timeZone: "America/New_York",
    origin: null,
    calls: callIds.map((id, i) => ({
      id,
      providerId: providerIds[i],
      distanceKm: 1,
      scheduledFor: options.scheduledFor ?? null,
    })),
    skipped: [],
    now: clock.now(),
  });
  return { bookingId: booking.id, callIds };
}

async function statuses(bookingId: string): Promise<CallStatus[]> {
  return (await listCallsForBooking(bookingId)).map((c) => c.status);
}

async function eventsOfCall(callId: string, type: string) {
  return await getDb()
    .select()
    .from(callEvents)
    .where(and(eq(callEvents.callId, callId), eq(callEvents.type, type)));
}

describe("claims and the concurrency cap", () => {
  test("a pass dials no more than MAX_CONCURRENT_CALLS, and the next pass none while they are live", async () => {
    const { bookingId } = await queuedBooking(openDentists.slice(0, 5));
    const fake = fakeDialer();
    expect(await runDispatchPass(deps(fake.dialer))).toBe(3);
    expect(fake.placed).toHaveLength(3);
    expect((await statuses(bookingId)).sort()).toEqual([
      "in_progress",
      "in_progress",
      "in_progress",
      "queued",
      "queued",
    ]);

    expect(await runDispatchPass(deps(fake.dialer))).toBe(0);
    expect(fake.placed).toHaveLength(3);
  });

  test("a call that ends frees its place for the next pass", async () => {
    const { bookingId } = await queuedBooking(openDentists.slice(0, 5));
    const fake = fakeDialer();
    await runDispatchPass(deps(fake.dialer));
    const live = (await listCallsForBooking(bookingId)).filter((c) => c.status === "in_progress");
    await finishCall({
      callId: live[0].id,
      status: "completed",
      outcome: null,
      failure: null,
      now: clock.now(),
    });
    expect(await runDispatchPass(deps(fake.dialer))).toBe(1);
    expect(fake.placed).toHaveLength(4);
  });

  test("live calls of every booking and claims of other dispatchers count against the cap", async () => {
    const other = await queuedBooking(openDentists.slice(0, 1));
    // Another dispatcher holds a claim on this one.
    await getDb()
      .update(calls)
      .set({
        status: "dialing",
        claimToken: "someone-else",
        leaseExpiresAt: new Date(clock.now().getTime() + 60_000),
      })
      .where(eq(calls.id, other.callIds[0]));
    const live = await queuedBooking(openDentists.slice(1, 2));
    await getDb().update(calls).set({ status: "in_progress" }).where(eq(calls.id, live.callIds[0]));
    await queuedBooking(openDentists.slice(2, 6));

    const fake = fakeDialer();
    expect(await runDispatchPass(deps(fake.dialer))).toBe(1);
    expect(fake.checked).toEqual([]); // the other dispatcher's claim has not expired
  });

  test("a pass dials every call it claimed at once, not one after another", async () => {
    await queuedBooking(openDentists.slice(0, 3));
    const fake = fakeDialer({ latencyMs: 20 });
    expect(await runDispatchPass(deps(fake.dialer))).toBe(3);
    expect(fake.maxInFlight()).toBe(3);
  });

  test("a scheduled call is not claimed before its time, and is once it falls due", async () => {
    const at = new Date(clock.now().getTime() + 30 * 60_000);
    const { callIds } = await queuedBooking(openDentists.slice(0, 1), { scheduledFor: at });
    const fake = fakeDialer();
    expect(await runDispatchPass(deps(fake.dialer))).toBe(0);
    expect((await getCall(callIds[0]))?.status).toBe("scheduled");
    clock.set(at);
    expect(await runDispatchPass(deps(fake.dialer))).toBe(1);
    expect((await getCall(callIds[0]))?.status).toBe("in_progress");
  });

  test("the dial is recorded with the vendor's ids, the dialer and the start time", async () => {
    const { callIds } = await queuedBooking(openDentists.slice(0, 1));
    const fake = fakeDialer();
    await runDispatchPass(deps(fake.dialer));
    expect(await getCall(callIds[0])).toMatchObject({
      status: "in_progress",
      dialer: "twilio",
      externalId: `ext_${callIds[0]}_0`,
      externalCallSid: "CA0",
      redirectedTo: null,
      startedAt: clock.now(),
      leaseExpiresAt: null,
    });
    expect(fake.placed[0].brief).toMatchObject({
      callId: callIds[0],
      purpose: "inquiry",
      personName: "Sam Lee",
      business: { id: openDentists[0], phone: "+16175550100" },
    });
  });
});

describe("opening hours", () => {
  test("a call to a closed business is rescheduled to its next opening when hours are respected", async () => {
    const { callIds } = await queuedBooking([dinnerOnly]);
    const fake = fakeDialer();
    expect(await runDispatchPass(deps(fake.dialer, { SIM_RESPECT_OPENING_HOURS: true }))).toBe(0);
    expect(fake.placed).toHaveLength(0);
    // 17:00 in Boston on Thursday 3 December.
    const opening = new Date("2026-12-03T22:00:00Z");
    expect(await getCall(callIds[0])).toMatchObject({
      status: "scheduled",
      scheduledFor: opening,
      claimToken: null,
    });
    expect((await eventsOfCall(callIds[0], "call_status")).at(-1)?.payload).toEqual({
      status: "scheduled",
      reason: "Closed now; the call waits for the next opening.",
      scheduled_for: opening.toISOString(),
    });

    clock.set(opening);
    expect(await runDispatchPass(deps(fake.dialer, { SIM_RESPECT_OPENING_HOURS: true }))).toBe(1);
    expect(fake.placed).toHaveLength(1);
  });

  test("a dialer that phones real businesses always respects opening hours", async () => {
    const { callIds } = await queuedBooking([dinnerOnly]);
    const fake = fakeDialer({ callsRealPhones: true });
    expect(await runDispatchPass(deps(fake.dialer, { SIM_RESPECT_OPENING_HOURS: false }))).toBe(0);
    expect((await getCall(callIds[0]))?.status).toBe("scheduled");
  });

  test("the simulation dials a closed business at once unless asked to respect hours", async () => {
    await queuedBooking([dinnerOnly]);
    const fake = fakeDialer();
    expect(await runDispatchPass(deps(fake.dialer))).toBe(1);
  });

  test("a business never open is not dialed; the call fails with a reason", async () => {
    const { callIds } = await queuedBooking(["test-never-open"]);
    const fake = fakeDialer();
    await runDispatchPass(deps(fake.dialer, { SIM_RESPECT_OPENING_HOURS: true }));
    expect(fake.placed).toHaveLength(0);
    expect(await getCall(callIds[0])).toMatchObject({
      status: "failed",
      failureReason: "This business has no opening hours in the next two weeks.",
    });
  });
});

describe("dial errors", () => {
  test("a permanent DialError fails the call with its reason and is never retried", async () => {
    const { bookingId, callIds } = await queuedBooking(openDentists.slice(0, 1));
    const fake = fakeDialer({
      errors: [new DialError("permanent", "The number is not a valid phone number.")],
    });
    expect(await runDispatchPass(deps(fake.dialer))).toBe(0);
    expect(fake.placed).toHaveLength(1);
    expect(await getCall(callIds[0])).toMatchObject({
      status: "failed",
      failureReason: "The number is not a valid phone number.",
      endedAt: clock.now(),
    });
    // No retry call was added (the reactions to its end ran), and later passes do not dial it again.
    await settleReactions({ clock });
    expect(await listCallsForBooking(bookingId)).toHaveLength(1);
    clock.advance(24 * 3_600_000);
    await runDispatchPass(deps(fake.dialer));
    expect(fake.placed).toHaveLength(1);
    // The booking settled (nothing offered).
    expect((await getBooking(bookingId))?.status).toBe("failed");
  });

  test("a transient error is retried and the call then goes through", async () => {
    const { callIds } = await queuedBooking(openDentists.slice(0, 1));
    const fake = fakeDialer({ errors: [new DialError("transient", "The dialer is rate limited.")] });
    expect(await runDispatchPass(deps(fake.dialer))).toBe(1);
    expect(fake.placed).toHaveLength(2);
    expect(await getCall(callIds[0])).toMatchObject({
      status: "in_progress",
      externalId: `ext_${callIds[0]}_1`,
    });
  });

  test("an unexpected error counts as transient", async () => {
    const { callIds } = await queuedBooking(openDentists.slice(0, 1));
    const fake = fakeDialer({ errors: [new Error("socket hang up")] });
    expect(await runDispatchPass(deps(fake.dialer))).toBe(1);
    expect(fake.placed).toHaveLength(2);
    expect((await getCall(callIds[0]))?.status).toBe("in_progress");
  });

  test("a transient error that persists fails the call after three tries", async () => {
    const { callIds } = await queuedBooking(openDentists.slice(0, 1));
    const busy = new DialError("transient", "The dialer is overloaded.");
    const fake = fakeDialer({ errors: [busy, busy, busy] });
    expect(await runDispatchPass(deps(fake.dialer))).toBe(0);
    expect(fake.placed).toHaveLength(3);
    expect(await getCall(callIds[0])).toMatchObject({
      status: "failed",
      failureReason: "The dialer is overloaded.",
    });
  });
});

describe("CALL_REDIRECT_TO", () => {
  test("sends every call to the redirect number, says so, and stores it", async () => {
    const { callIds } = await queuedBooking(openDentists.slice(0, 1));
    const fake = fakeDialer();
    await runDispatchPass(deps(fake.dialer, { CALL_REDIRECT_TO: "+15555550123" }));
    expect(fake.placed[0]).toMatchObject({ to: "+15555550123", redirected: true });
    // The agent is still briefed about the real business.
    expect(fake.placed[0].brief.business.phone).toBe("+16175550100");
    expect((await getCall(callIds[0]))?.redirectedTo).toBe("+15555550123");
    expect((await eventsOfCall(callIds[0], "call_dialed"))[0].payload).toMatchObject({ redirected: true });
  });

  test("without it, the business's own number is dialed", async () => {
    const { callIds } = await queuedBooking(openDentists.slice(0, 1));
    const fake = fakeDialer();
    await runDispatchPass(deps(fake.dialer));
    expect(fake.placed[0]).toMatchObject({ to: "+16175550100", redirected: false });
    expect((await getCall(callIds[0]))?.redirectedTo).toBeNull();
    expect((await eventsOfCall(callIds[0], "call_dialed"))[0].payload).toMatchObject({ redirected: false });
  });
});

describe("calls no longer needed", () => {
  test("a call for a booking that is already booked is canceled, not dialed", async () => {
    const { bookingId, callIds } = await queuedBooking(openDentists.slice(0, 2));
    await getDb().update(calls).set({ status: "in_progress" }).where(eq(calls.id, callIds[0]));
    // Booked behind the queue's back (the booking lock itself cancels queued calls in its own transaction), so the
    // dispatcher's own check is what keeps the call from being dialed.
    await getDb()
      .update(bookings)
      .set({ status: "booked", bookedCallId: callIds[0] })
      .where(eq(bookings.id, bookingId));
    const fake = fakeDialer();
    expect(await runDispatchPass(deps(fake.dialer))).toBe(0);
    expect(fake.placed).toHaveLength(0);
    expect(await getCall(callIds[1])).toMatchObject({
      status: "canceled",
      failureReason: "The booking no longer needs this call.",
    });
  });

  test("a call to a business disabled since it was queued fails without dialing", async () => {
    const disabledId = "dentist-boston-ma-3";
    const { callIds } = await queuedBooking([disabledId]);
    await getDb().update(providers).set({ disabled: true }).where(eq(providers.id, disabledId));
    try {
      const fake = fakeDialer();
      await runDispatchPass(deps(fake.dialer));
      expect(fake.placed).toHaveLength(0);
      expect(await getCall(callIds[0])).toMatchObject({
        status: "failed",
        failureReason: "This business is disabled or has no phone number.",
      });
    } finally {
      await getDb().update(providers).set({ disabled: false }).where(eq(providers.id, disabledId));
    }
  });
});

describe("recovering claims abandoned mid-dial", () => {
  async function staleClaim() {
    const { bookingId, callIds } = await queuedBooking(openDentists.slice(0, 1));
    await getDb()
      .update(calls)
      .set({
        status: "dialing",
        claimToken: "dead-process",
        leaseExpiresAt: new Date(clock.now().getTime() - 1_000),
      })
      .where(eq(calls.id, callIds[0]));
    return { bookingId, callId: callIds[0] };
  }

  test("requeues an expired claim the dialer says was not placed, and the next pass dials it once", async () => {
    const { callId } = await staleClaim();
    const fake = fakeDialer({ placement: "not_placed" });
    await recoverStaleClaims(deps(fake.dialer));
    expect(fake.checked).toEqual([callId]);
    expect(await getCall(callId)).toMatchObject({ status: "queued", claimToken: null, leaseExpiresAt: null });
    expect(fake.placed).toHaveLength(0);

    expect(await runDispatchPass(deps(fake.dialer))).toBe(1);
    expect(fake.placed).toHaveLength(1);
  });

  test("fails an expired claim whose fate is unknown, without redialing it", async () => {
    const { bookingId, callId } = await staleClaim();
    const fake = fakeDialer({ placement: "unknown" });
    await recoverStaleClaims(deps(fake.dialer));
    await settleReactions({ clock });
    const call = await getCall(callId);
    expect(call?.status).toBe("failed");
    expect(call?.failureReason).toMatch(/not redialed so the business is not called twice/);
    await runDispatchPass(deps(fake.dialer));
    expect(fake.placed).toHaveLength(0);
    // A failed call is not retried, so the booking has nothing left to wait for.
    expect(await listCallsForBooking(bookingId)).toHaveLength(1);
    expect((await getBooking(bookingId))?.status).toBe("failed");
  });

  test("marks an expired claim the dialer says was placed as in progress, without redialing", async () => {
    const { callId } = await staleClaim();
    const fake = fakeDialer({ placement: "placed" });
    await recoverStaleClaims(deps(fake.dialer));
    expect(await getCall(callId)).toMatchObject({
      status: "in_progress",
      externalId: `unrecorded:${callId}`,
    });
    expect(fake.placed).toHaveLength(0);
  });

  test("leaves a claim whose lease has not expired alone", async () => {
    const { callId } = await staleClaim();
    await getDb()
      .update(calls)
      .set({ leaseExpiresAt: new Date(clock.now().getTime() + 1_000) })
      .where(eq(calls.id, callId));
    const fake = fakeDialer({ placement: "unknown" });
    await recoverStaleClaims(deps(fake.dialer));
    expect(fake.checked).toEqual([]);
    expect((await getCall(callId))?.status).toBe("dialing");
  });
});

describe("markCallDialed", () => {
  test("records a dial once: the same token a second time changes nothing", async () => {
    const { callIds } = await queuedBooking(openDentists.slice(0, 1));
    const [claimed] = await claimDueCalls({
      now: clock.now(),
      maxConcurrent: 5,
      leaseMs: 60_000,
      token: "token-1",
    });
    expect(claimed.id).toBe(callIds[0]);
    const dial = {
      callId: callIds[0],
      token: "token-1",
      dialer: "twilio",
      externalId: "CA-first",
      externalCallSid: null,
      redirectedTo: null,
      now: clock.now(),
    };
    expect(await markCallDialed(dial)).toBe(true);
    clock.advance(5_000);
    expect(await markCallDialed({ ...dial, externalId: "CA-second", now: clock.now() })).toBe(false);
    expect(await eventsOfCall(callIds[0], "call_dialed")).toHaveLength(1);
    expect(await getCall(callIds[0])).toMatchObject({
      externalId: "CA-first",
      startedAt: new Date("2026-12-03T15:00:00Z"),
    });
  });

  test("only the holder of the claim can record the dial", async () => {
    const { callIds } = await queuedBooking(openDentists.slice(0, 1));
    await claimDueCalls({ now: clock.now(), maxConcurrent: 5, leaseMs: 60_000, token: "holder" });
    expect(
      await markCallDialed({
        callId: callIds[0],
        token: "intruder",
        dialer: "twilio",
        externalId: "CA-x",
        externalCallSid: null,
        redirectedTo: null,
        now: clock.now(),
      }),
    ).toBe(false);
    expect((await getCall(callIds[0]))?.status).toBe("dialing");
  });
});
