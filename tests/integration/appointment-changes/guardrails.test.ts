// Issue 16: a call that cancels or moves an appointment is a call like any other. It goes through the dispatcher
// (never outside the business's opening hours, never to a do-not-call number), counts against the person's calls for
// the day, and opens with the AI disclosure.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getCall, listCallsForBooking } from "@/db/calls";
import { getDb } from "@/db/client";
import { setPersonLimitOverrides } from "@/db/person-limits";
import { seedDemoDirectory } from "@/db/providers";
import { user } from "@/db/schema";
import { runDispatchPass } from "@/lib/calls/dispatcher";
import type { Dialer, PlaceCallRequest } from "@/lib/calls/dialer";
import { fixedClock } from "@/lib/clock";
import { getConfig } from "@/lib/config";
import { addToDoNotCallList, blockedCallReason } from "@/lib/do-not-call/do-not-call-list";
import { renderFirstMessage } from "@/prompts/first-message";
import { pauseBackgroundJobs, runJobsDuringTests } from "@/tests/support/job-runner";
import { bookedAppointment, cancelAppointmentRoute, dentists, rescheduleRoute } from "./fixtures";

// The test decides when the dispatcher runs, and with which clock.
runJobsDuringTests();
pauseBackgroundJobs();

// Calls that end wake the dispatcher in the background; marking a pass as running keeps these tests' passes the only ones.
const wakeStateKey = Symbol.for("callpilot.dispatcher.state");
type WakeHolder = { [wakeStateKey]?: { running: boolean; again: boolean } };

const admin = { userId: `user_${randomUUID()}`, email: "admin@example.test" };
beforeAll(async () => {
  await seedDemoDirectory();
  (globalThis as WakeHolder)[wakeStateKey] = { running: true, again: false };
  await getDb().insert(user).values({ id: admin.userId, name: "Admin", email: admin.email, role: "admin" });
});

function recordingDialer() {
  const placed: PlaceCallRequest[] = [];
  const dialer: Dialer = {
    name: "twilio",
    callsRealPhones: true,
    async placeCall(request) {
      placed.push(request);
      return { externalId: `ext_${randomUUID()}` };
    },
    async wasPlaced() {
      return "not_placed";
    },
  };
  return { dialer, placed };
}

const dispatchAt = (iso: string, dialer: Dialer) =>
  runDispatchPass({
    dialer,
    clock: fixedClock(iso),
    config: { ...getConfig(), SIM_RESPECT_OPENING_HOURS: true, CALL_REDIRECT_TO: undefined },
  });

describe("the guardrails on calls about a booked appointment", () => {
  it("is never dialed outside opening hours: a Sunday request waits for Monday 08:00, then opens with the disclosure", async () => {
    const { cookie, bookingId } = await bookedAppointment(dentists.agrees);
    const { body } = await cancelAppointmentRoute(cookie, bookingId);
    const { dialer, placed } = recordingDialer();
    // Sunday 6 December 2026, 10:00 in Boston: Harvard Square Dental is closed.
    await dispatchAt("2026-12-06T15:00:00Z", dialer);
    expect(placed).toHaveLength(0);
    const waiting = await getCall(body.call_id);
    expect(waiting?.status).toBe("scheduled");
    expect(waiting?.scheduledFor?.toISOString()).toBe("2026-12-07T13:00:00.000Z");

    await dispatchAt("2026-12-07T13:00:00Z", dialer);
    expect(placed.map((request) => request.brief.callId)).toEqual([body.call_id]);
    expect(placed[0].brief.purpose).toBe("cancellation");
    expect(renderFirstMessage(placed[0].brief)).toMatch(
      /^Hi — I'm an AI assistant calling on behalf of Sam Lee\./,
    );
  });

  it("never dials a number on the do-not-call list", async () => {
    const { cookie, bookingId } = await bookedAppointment(dentists.agrees);
    await addToDoNotCallList({ phone: "+16175550100" }, admin, fixedClock("2026-12-07T14:00:00Z"));
    const { body } = await rescheduleRoute(cookie, bookingId, { timeframe: "next week" });
    const { dialer, placed } = recordingDialer();
    await dispatchAt("2026-12-07T15:00:00Z", dialer);
    expect(placed).toHaveLength(0);
    const call = await getCall(body.call_id);
    expect(call?.status).toBe("failed");
    expect(call?.failureReason).toBe(blockedCallReason.text);
  });

  it("counts against the person's calls for the day: none left, a 429 and no call", async () => {
    const { cookie, userId, bookingId } = await bookedAppointment(dentists.agrees);
    await setPersonLimitOverrides({
      userId,
      overrides: { bookingsPerDay: null, callsPerDay: 0, llmTokensPerDay: null },
      actor: admin,
      now: new Date(),
    });
    const refused = await cancelAppointmentRoute(cookie, bookingId);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatch(/calls/);
    const move = await rescheduleRoute(cookie, bookingId, { timeframe: "next week" });
    expect(move.status).toBe(429);
    expect(await listCallsForBooking(bookingId)).toHaveLength(0);
  });
});
