// Who may make CallPilot phone real businesses: with a real dialer configured, a guest, an unverified account and
// an account without consent are refused with a sentence they can act on, and nothing is queued; a verified,
// consenting person's booking goes through. The simulation stays open to guests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAccount } from "@/app/api/account/route";
import { POST as postConsent } from "@/app/api/account/consent/route";
import { seedDemoDirectory } from "@/db/providers";
import { fixedClock } from "@/lib/clock";
import { consentVersion } from "@/lib/guardrails/consent";
import { overrideRuntime } from "@/lib/runtime";
import { pauseBackgroundJobs } from "@/tests/support/job-runner";
import { createSimulatedDialer } from "@/lib/calls/simulated/simulated-dialer";
import { anonymousSession, jsonRequest } from "../helpers";
import { bookingsOf, callsOf, person, recordingRealDialer, requestBooking } from "./support";
import { getCaller } from "@/lib/auth/session";

const clock = fixedClock("2026-11-25T15:00:00Z");
let restoreRuntime: () => void;

// Calls are dialed only by the dispatch passes a test runs itself.
pauseBackgroundJobs();
beforeAll(async () => {
  await seedDemoDirectory();
  restoreRuntime = overrideRuntime({ dialer: recordingRealDialer(), clock });
});
afterAll(() => restoreRuntime());

async function userIdOf(cookie: string): Promise<string> {
  return (await getCaller(new Headers({ cookie, host: "127.0.0.1:3000" })))!.userId;
}

describe("with a real dialer configured", () => {
  it("refuses a guest with the verify-your-email sentence and queues nothing", async () => {
    const cookie = await anonymousSession();
    const response = await requestBooking(cookie);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: "Verify your email to let CallPilot call businesses for you.",
    });
    const userId = await userIdOf(cookie);
    expect(await bookingsOf(userId)).toHaveLength(0);
    expect(await callsOf(userId)).toHaveLength(0);
  });

  it("refuses a signed-up person whose email is not verified yet, and queues nothing", async () => {
    const { cookie, userId } = await person({ verified: false });
    const response = await requestBooking(cookie);
    expect(response.status).toBe(403);
    expect((await response.json()).error).toBe("Verify your email to let CallPilot call businesses for you.");
    expect(await callsOf(userId)).toHaveLength(0);
  });

  it("refuses a verified person until they consent, then books; the consent and its time show on the account", async () => {
    const { cookie, userId } = await person({ consented: false });
    const refused = await requestBooking(cookie);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatch(
      /^Agree once that CallPilot may call businesses on your behalf/,
    );
    expect(await callsOf(userId)).toHaveLength(0);

    const before = await (await getAccount(jsonRequest("/api/account", { cookie }), {})).json();
    expect(before).toMatchObject({ real_calls: true, email_verified: true, next_step: "consent" });
    expect(before.consent).toMatchObject({ version: consentVersion, given_at: null });

    const consent = await postConsent(
      jsonRequest("/api/account/consent", { cookie, body: { version: consentVersion } }),
      {},
    );
    expect(consent.status).toBe(201);
    const after = await (await getAccount(jsonRequest("/api/account", { cookie }), {})).json();
    expect(after.next_step).toBeNull();
    expect(after.consent.given_at).toBe(clock.now().toISOString());
    expect(after.consent.text).toMatch(/phone businesses on my behalf/);

    const booked = await requestBooking(cookie);
    expect(booked.status).toBe(202);
    expect(await callsOf(userId)).toHaveLength(2);
  });

  it("refuses consent to a text version the person was not shown (409) and from a guest (403)", async () => {
    const { cookie } = await person({ consented: false });
    const stale = await postConsent(
      jsonRequest("/api/account/consent", { cookie, body: { version: "2020-01-v0" } }),
      {},
    );
    expect(stale.status).toBe(409);
    const guest = await postConsent(
      jsonRequest("/api/account/consent", {
        cookie: await anonymousSession(),
        body: { version: consentVersion },
      }),
      {},
    );
    expect(guest.status).toBe(403);
  });
});

describe("with the simulated dialer", () => {
  it("lets a guest run the whole flow", async () => {
    const restore = overrideRuntime({ dialer: createSimulatedDialer({ clock, callSeconds: 0 }), clock });
    try {
      const cookie = await anonymousSession();
      const response = await requestBooking(cookie);
      expect(response.status).toBe(202);
      expect(await callsOf(await userIdOf(cookie))).toHaveLength(2);
    } finally {
      restore();
    }
  });
});
