// The do-not-call list in the dispatcher: a listed number is never dialed, whether it is the business's own or the
// redirect target; the call ends failed with the list as its reason and no retry is queued. An opt-out waiting for
// review keeps the number from the calls of the person whose call heard it, and from nobody else's.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createBookingWithCalls } from "@/db/bookings";
import { listCallsForBooking } from "@/db/calls";
import { getDb } from "@/db/client";
import { getProvider, seedDemoDirectory } from "@/db/providers";
import { insertOptOutRequest } from "@/db/opt-out-requests";
import { bookings, doNotCallNumbers, user } from "@/db/schema";
import { fixedClock } from "@/lib/clock";
import { getConfig, type AppConfig } from "@/lib/config";
import { addToDoNotCallList, blockedCallReason } from "@/lib/do-not-call/do-not-call-list";
import { newId } from "@/lib/ids";
import type { BookingRequest } from "@/lib/intake/booking-request";
import type { Dialer, PlaceCallRequest } from "./dialer";
import { settleReactions } from "@/tests/support/job-runner";
import { runDispatchPass, type DispatchDeps } from "./dispatcher";

// Thursday 26 November 2026, 10:00 in Boston: the demo dentists are open.
const clock = fixedClock("2026-11-26T15:00:00Z");
const listedDentist = "dentist-cambridge-ma-1";
const otherDentist = "dentist-cambridge-ma-2";
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

// Calls that end wake the dispatcher in the background; marking a pass as running keeps these tests' passes the only ones.
const wakeStateKey = Symbol.for("callpilot.dispatcher.state");
type WakeHolder = { [wakeStateKey]?: { running: boolean; again: boolean } };

let adminId: string;
beforeAll(async () => {
  await seedDemoDirectory();
  (globalThis as WakeHolder)[wakeStateKey] = { running: true, again: false };
  adminId = `user_${randomUUID()}`;
  await getDb()
    .insert(user)
    .values({ id: adminId, name: "Admin", email: `${adminId}@example.test`, role: "admin" });
});
afterAll(() => {
  delete (globalThis as WakeHolder)[wakeStateKey];
});
beforeEach(async () => {
  await getDb().delete(bookings);
  await getDb().delete(doNotCallNumbers);
});

function recordingDialer() {
  const placed: PlaceCallRequest[] = [];
  const dialer: Dialer = {
    name: "twilio",
    callsRealPhones: false,
    async placeCall(placeRequest) {
      placed.push(placeRequest);
      return { externalId: `ext_${placed.length}` };
    },
    async wasPlaced() {
      return "not_placed";
    },
  };
  return { dialer, placed };
}

function deps(dialer: Dialer, config: Partial<AppConfig> = {}): DispatchDeps {
  return {
    dialer,
    clock,
    config: { ...getConfig(), SIM_RESPECT_OPENING_HOURS: false, CALL_REDIRECT_TO: undefined, ...config },
  };
}

async function bookingCalling(providerIds: string[], userId = adminId): Promise<string> {
  const { booking } = await createBookingWithCalls({
    id: newId("bkg"),
    taskId: null,
    userId,
    mode: "auto",
    swarmSize: providerIds.length,
    request,
    timeZone: "America/New_York",
    origin: null,
    calls: providerIds.map((providerId) => ({
      id: newId("call"),
      providerId,
      distanceKm: 1,
      scheduledFor: null,
    })),
    skipped: [],
    now: clock.now(),
  });
  return booking.id;
}

async function list(phone: string) {
  await addToDoNotCallList({ phone }, { userId: adminId, email: "admin@example.test" }, clock);
}

describe("the do-not-call list in the dispatcher", () => {
  test("a call to a listed business is never dialed; it ends failed with the list as its reason", async () => {
    const listed = await getProvider(listedDentist);
    await list(listed!.phone!);
    const bookingId = await bookingCalling([listedDentist, otherDentist]);
    const fake = recordingDialer();

    await runDispatchPass(deps(fake.dialer));

    expect(fake.placed.map((p) => p.brief.business.id)).toEqual([otherDentist]);
    expect(fake.placed.map((p) => p.to)).not.toContain(listed!.phone);
    const blocked = (await listCallsForBooking(bookingId)).find((call) => call.providerId === listedDentist)!;
    expect(blocked.status).toBe("failed");
    expect(blocked.failureReason).toBe(blockedCallReason.text);
    expect(blocked.failureSentence).toEqual({ key: "failureDoNotCall", values: {} });
    expect(blocked.startedAt).toBeNull();
  });

  test("the blocked call is never retried: no later attempt is queued, and later passes dial nothing more", async () => {
    await list((await getProvider(listedDentist))!.phone!);
    const bookingId = await bookingCalling([listedDentist]);
    const fake = recordingDialer();

    await runDispatchPass(deps(fake.dialer));
    await settleReactions({ clock });
    clock.advance(24 * 3600_000);
    await runDispatchPass(deps(fake.dialer));

    const rows = await listCallsForBooking(bookingId);
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe("failed");
    expect(fake.placed).toHaveLength(0);
    const booking = (await getDb().select().from(bookings).where(eq(bookings.id, bookingId)).limit(1))[0];
    expect(booking?.status).toBe("failed");
  });

  test("a listed redirect target is never dialed either, whichever business the call is for", async () => {
    await list("+16175550999");
    const bookingId = await bookingCalling([otherDentist]);
    const fake = recordingDialer();

    await runDispatchPass(deps(fake.dialer, { CALL_REDIRECT_TO: "+16175550999" }));

    expect(fake.placed).toHaveLength(0);
    const [call] = await listCallsForBooking(bookingId);
    expect(call.status).toBe("failed");
    expect(call.failureReason).toBe(blockedCallReason.text);
  });

  test("a number taken off the list is dialed again", async () => {
    const phone = (await getProvider(listedDentist))!.phone!;
    await list(phone);
    await getDb().delete(doNotCallNumbers).where(eq(doNotCallNumbers.phone, phone));
    await bookingCalling([listedDentist]);
    const fake = recordingDialer();

    await runDispatchPass(deps(fake.dialer));

    expect(fake.placed.map((p) => p.to)).toEqual([phone]);
  });

  test("an opt-out waiting for review keeps the number from that person's calls only", async () => {
    const phone = (await getProvider(listedDentist))!.phone!;
    const heardOn = (await listCallsForBooking(await bookingCalling([listedDentist])))[0];
    await insertOptOutRequest({
      callId: heardOn.id,
      phone,
      evidence: "Take us off your list.",
      now: clock.now(),
    });
    const otherId = `user_${randomUUID()}`;
    await getDb()
      .insert(user)
      .values({ id: otherId, name: "Other", email: `${otherId}@example.test` });
    const samePerson = await bookingCalling([listedDentist]);
    const otherPerson = await bookingCalling([listedDentist], otherId);
    const fake = recordingDialer();

    await runDispatchPass(deps(fake.dialer));

    const [blocked] = await listCallsForBooking(samePerson);
    expect(blocked.failureReason).toBe(blockedCallReason.text);
    const [dialed] = await listCallsForBooking(otherPerson);
    expect(dialed.status).toBe("in_progress");
    expect(fake.placed.map((p) => p.to)).toEqual([phone]);
  });
});
