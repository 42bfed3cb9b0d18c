// The daily limits hold under concurrency and across people: bookings and calls per person (20 requests at once,
// exactly the allowed number succeed), an admin's audited change of one person's limits, calls per business number
// across two people, and the global daily call cap. Every refusal is a 429 with Retry-After.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getAccount } from "@/app/api/account/route";
import { PATCH as patchLimits } from "@/app/api/admin/people/[id]/limits/route";
import { listAuditEntries } from "@/db/audit-log";
import { createBookingWithCalls } from "@/db/bookings";
import { getCall } from "@/db/calls";
import { getDb } from "@/db/client";
import { calls } from "@/db/schema";
import { seedDemoDirectory } from "@/db/providers";
import { findUserByEmail, setUserRole } from "@/db/users";
import { runDispatchPass } from "@/lib/calls/dispatcher";
import { fixedClock } from "@/lib/clock";
import { getConfig } from "@/lib/config";
import { newId } from "@/lib/ids";
import { overrideRuntime } from "@/lib/runtime";
import { pauseBackgroundJobs } from "@/tests/support/job-runner";
import { emailSession, jsonRequest, params } from "../helpers";
import { sayIn } from "@/tests/support/say-in";
import { dentistRequest } from "../support/booking-fixtures";
import { bookingsOf, callsOf, person, recordingRealDialer, requestBooking, useEnv } from "./support";

// Wednesday 25 November 2026, 10:00 in Boston: the demo dentists are open.
const clock = fixedClock("2026-11-25T15:00:00Z");
let restoreRuntime: () => void;

// Calls are dialed only by the dispatch passes a test runs itself.
pauseBackgroundJobs();
beforeAll(async () => {
  useEnv({
    BOOKINGS_PER_PERSON_PER_DAY: "3",
    CALLS_PER_PERSON_PER_DAY: "7",
    CALLS_PER_NUMBER_PER_DAY: "1",
    CALLS_PER_DAY: "1000",
  });
  await seedDemoDirectory();
  restoreRuntime = overrideRuntime({ dialer: recordingRealDialer(), clock });
});
afterAll(() => restoreRuntime());

describe("a person's daily limits", () => {
  it("lets exactly 3 of 20 concurrent booking requests through; the rest are 429s with Retry-After", async () => {
    const { cookie, userId } = await person();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => requestBooking(cookie, undefined, 1)),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 202)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(17);
    const refused = responses.find((response) => response.status === 429)!;
    // 15:00 UTC: nine hours until the day's allowance comes back.
    expect(refused.headers.get("retry-after")).toBe(String(9 * 3600));
    expect((await refused.json()).error).toMatch(
      /^You have started 3 bookings today, the most CallPilot allows per person per day\. You can try again after midnight UTC \(9 h 00 min from now\)\.$/,
    );
    expect(await bookingsOf(userId)).toHaveLength(3);
    expect(await callsOf(userId)).toHaveLength(3);

    const account = await (await getAccount(jsonRequest("/api/account", { cookie }), {})).json();
    expect(account.allowance.bookings).toEqual({ used: 3, limit: 3, left: 0 });
    expect(account.allowance.calls).toEqual({ used: 3, limit: 7, left: 4 });
  });

  it("refuses a booking that needs more calls than are left, saying how many are", async () => {
    const { cookie, userId } = await person();
    expect((await requestBooking(cookie, undefined, 5)).status).toBe(202);
    const refused = await requestBooking(cookie, undefined, 3);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error).toMatch(
      /^This needs 3 calls, but only 2 of your 7 calls for today are left: choose at most 2 businesses/,
    );
    expect(await callsOf(userId)).toHaveLength(5);
    expect((await requestBooking(cookie, undefined, 2)).status).toBe(202);
    expect(await callsOf(userId)).toHaveLength(7);
  });

  it("takes an admin's change of one person's limits at once, and audits it", async () => {
    const { cookie, userId } = await person();
    for (let i = 0; i < 3; i++) expect((await requestBooking(cookie, undefined, 1)).status).toBe(202);
    expect((await requestBooking(cookie, undefined, 1)).status).toBe(429);

    const adminEmail = `limits-admin-${Date.now()}@example.test`;
    const admin = await emailSession(adminEmail);
    await setUserRole((await findUserByEmail(adminEmail))!.id, "admin");
    const change = await patchLimits(
      jsonRequest(`/api/admin/people/${userId}/limits`, {
        method: "PATCH",
        cookie: admin,
        body: { bookings_per_day: 4, calls_per_day: null, llm_tokens_per_day: null },
      }),
      params({ id: userId }),
    );
    expect(change.status).toBe(200);
    expect((await change.json()).allowance.bookings).toEqual({ used: 3, limit: 4, left: 1 });
    const { entries } = await listAuditEntries({ targetId: userId }, { limit: 10, offset: 0 });
    expect(entries.map((entry) => entry.action)).toContain("person.limits");

    expect((await requestBooking(cookie, undefined, 1)).status).toBe(202);
    expect((await requestBooking(cookie, undefined, 1)).status).toBe(429);

    const byPerson = await patchLimits(
      jsonRequest(`/api/admin/people/${userId}/limits`, {
        method: "PATCH",
        cookie,
        body: { bookings_per_day: 100, calls_per_day: null, llm_tokens_per_day: null },
      }),
      params({ id: userId }),
    );
    expect(byPerson.status).toBe(403);
  });
});

describe("the caps across all people", () => {
  // The bookings above stay queued; only this describe's calls should be dialed.
  beforeEach(async () => {
    await getDb().update(calls).set({ status: "canceled" }).where(eq(calls.status, "queued"));
  });

  async function bookingFor(userId: string, providerId: string): Promise<string> {
    const callId = newId("call");
    await createBookingWithCalls({
      id: newId("bkg"),
      taskId: null,
      userId,
      mode: "auto",
      swarmSize: 1,
      request: dentistRequest(clock.now()),
      timeZone: "America/New_York",
      origin: null,
      calls: [{ id: callId, providerId, distanceKm: 1, scheduledFor: null }],
      skipped: [],
      now: clock.now(),
    });
    return callId;
  }

  it("calls one business number at most CALLS_PER_NUMBER_PER_DAY times a day, whoever asks", async () => {
    const [first, second] = [await person(), await person()];
    const callIds = [
      await bookingFor(first.userId, "dentist-cambridge-ma-2"),
      await bookingFor(second.userId, "dentist-cambridge-ma-2"),
    ];
    const dialer = recordingRealDialer();
    await runDispatchPass({ config: getConfig(), clock, dialer });
    expect(dialer.placed).toHaveLength(1);
    const [a, b] = await Promise.all(callIds.map((id) => getCall(id)));
    const waiting = [a!, b!].find((call) => call.status === "scheduled")!;
    expect([a!.status, b!.status].sort()).toEqual(["in_progress", "scheduled"]);
    expect(waiting.failureReason).toMatch(/already called this business once today/);
    // The person's page says why it waits in their language, the count pluralised by that language.
    expect(waiting.failureSentence).toEqual({ key: "waitNumberCap", values: { count: 1 } });
    expect(sayIn("es", waiting.failureSentence!)).toBe(
      "CallPilot ya ha llamado a este negocio una vez hoy, el máximo por negocio y día; la llamada espera hasta mañana.",
    );
    // Not before the business's next day.
    expect(waiting.scheduledFor!.getTime()).toBeGreaterThanOrEqual(Date.parse("2026-11-26T05:00:00Z"));
  });

  it("holds every call past the global daily cap until the next day", async () => {
    useEnv({ CALLS_PER_DAY: "2" });
    try {
      const { userId } = await person();
      const callIds = [
        await bookingFor(userId, "dentist-boston-ma-1"),
        await bookingFor(userId, "dentist-boston-ma-2"),
        await bookingFor(userId, "dentist-boston-ma-3"),
      ];
      const dialer = recordingRealDialer();
      // The earlier test dialed one call today already: one more fits under the cap of two.
      await runDispatchPass({ config: getConfig(), clock, dialer });
      expect(dialer.placed).toHaveLength(1);
      const held = (await Promise.all(callIds.map((id) => getCall(id)))).filter(
        (call) => call!.status === "scheduled",
      );
      expect(held).toHaveLength(2);
      for (const call of held) {
        expect(call!.failureReason).toMatch(/placed its 2 calls for today, its daily limit/);
        expect(sayIn("fr", call!.failureSentence!)).toBe(
          "CallPilot a déjà passé ses 2 appels du jour, sa limite quotidienne ; l'appel attend demain.",
        );
        expect(call!.scheduledFor!.getTime()).toBeGreaterThanOrEqual(Date.parse("2026-11-26T00:00:00Z"));
      }
    } finally {
      useEnv({ CALLS_PER_DAY: "1000" });
    }
  });
});
