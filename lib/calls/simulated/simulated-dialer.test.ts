import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { getBooking } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall } from "@/db/calls";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { calls } from "@/db/schema";
import { recordCallProgress, recordTranscriptLine } from "@/lib/calls/ingestion";
import { fixedClock } from "@/lib/clock";
import { createSimulatedDialer } from "./simulated-dialer";
import { runDialerJobs } from "@/tests/support/job-runner";
import { claimedCallTo, markSimulatedDial } from "@/tests/support/simulated-call";

// Thursday 26 November 2026, 10:00 in Boston.
const clock = fixedClock("2026-11-26T15:00:00Z");
const accepting = "dentist-cambridge-ma-1";

beforeAll(async () => {
  await seedDemoDirectory();
});
afterEach(() => {
  vi.useRealTimers();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A booking with one call to an accepting dentist, already claimed by a dispatcher (status dialing). */
const claimedCall = () => claimedCallTo(accepting, clock.now());

const dialed = (callId: string, token: string, externalId: string) =>
  markSimulatedDial(callId, token, externalId, clock.now());

async function transcript(callId: string): Promise<string[]> {
  return (await listCallEventsForCall(callId))
    .filter((event) => event.type === "transcript")
    .map((event) => (event.payload as { text: string }).text);
}

describe("the simulated dialer", () => {
  test("says nothing on a claimed call until its dial is recorded, then runs the whole call", async () => {
    const dialer = createSimulatedDialer({ clock, callSeconds: 0 });
    const { bookingId, callId, token, placeRequest } = await claimedCall();
    const placed = await dialer.placeCall(placeRequest);
    expect(placed.externalId).toMatch(new RegExp(`^sim_${callId}_[0-9a-f]{8}$`));

    await sleep(100);
    expect(await listCallEventsForCall(callId)).toEqual([]);
    expect((await getCall(callId))?.status).toBe("dialing");

    expect(await dialed(callId, token, placed.externalId)).toBe(true);
    await runDialerJobs(dialer);
    const ended = await getCall(callId);
    expect(ended?.status).toBe("completed");
    expect(ended?.offeredSlots.length).toBeGreaterThan(0);
    expect((await transcript(callId)).length).toBeGreaterThan(3);
    // An accepting receptionist in auto mode books through the lock.
    expect(await getBooking(bookingId)).toMatchObject({ status: "booked", bookedCallId: callId });
  });

  test("a call left in dialing never starts, even if its dial is recorded too late", async () => {
    const dialer = createSimulatedDialer({ clock, callSeconds: 0 });
    const { callId, token, placeRequest } = await claimedCall();
    const placed = await dialer.placeCall(placeRequest);
    const running = runDialerJobs(dialer);
    await sleep(30);
    // Six seconds later (only Date moves): the call's job has given up waiting for the dial to be recorded.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 6_000);
    await sleep(50);
    vi.useRealTimers();
    await running;

    expect(await dialed(callId, token, placed.externalId)).toBe(true);
    await runDialerJobs(dialer);
    expect(await transcript(callId)).toEqual([]);
    expect((await getCall(callId))?.status).toBe("in_progress");
  });

  test("a dial recorded with another vendor id does not start the simulation", async () => {
    const dialer = createSimulatedDialer({ clock, callSeconds: 0 });
    const { callId, token, placeRequest } = await claimedCall();
    await dialer.placeCall(placeRequest);
    expect(await dialed(callId, token, "some-other-id")).toBe(true);
    await runDialerJobs(dialer);
    expect(await transcript(callId)).toEqual([]);
  });

  test("reports a call still in dialing as not placed, so recovery may dial it again", async () => {
    const dialer = createSimulatedDialer({ clock, callSeconds: 0 });
    const { callId } = await claimedCall();
    const row = (await getDb().select().from(calls).where(eq(calls.id, callId)).limit(1))[0]!;
    expect(await dialer.wasPlaced(row)).toBe("not_placed");
  });

  test("a call whose job runs again (its instance died) resumes without repeating the lines already recorded", async () => {
    const dialer = createSimulatedDialer({ clock, callSeconds: 0 });

    // A whole call, for reference.
    const reference = await claimedCall();
    const placed = await dialer.placeCall(reference.placeRequest);
    await dialed(reference.callId, reference.token, placed.externalId);
    await runDialerJobs(dialer);
    expect((await getCall(reference.callId))?.status).toBe("completed");
    const fullScript = await transcript(reference.callId);
    expect(fullScript.length).toBeGreaterThan(4);

    // The same call for another person, whose instance died after its first three lines: its job is handed out
    // again and runs here.
    const interrupted = await claimedCall();
    const interruptedDial = await dialer.placeCall(interrupted.placeRequest);
    await dialed(interrupted.callId, interrupted.token, interruptedDial.externalId);
    // What the reference call recorded on the line first: the phone ringing, the greeting, the first lines.
    const onTheLine = (await listCallEventsForCall(reference.callId)).filter(
      (e) => e.type === "transcript" || e.type === "call_status",
    );
    for (const event of onTheLine.slice(0, 4)) {
      if (event.type === "transcript") await recordTranscriptLine(interrupted.callId, event.payload, clock);
      if (event.type === "call_status" && event.payload.status !== "queued")
        await recordCallProgress(interrupted.callId, event.payload.status as "ringing" | "answered", clock);
    }
    await runDialerJobs(dialer);
    expect((await getCall(interrupted.callId))?.status).toBe("completed");
    expect(await transcript(interrupted.callId)).toEqual(fullScript);
    // The phone is not heard ringing again either: the line's progress is the reference call's, once each.
    const progress = async (callId: string) =>
      (await listCallEventsForCall(callId))
        .filter((e) => e.type === "call_status")
        .map((e) => (e.payload as { status: string }).status);
    expect(await progress(interrupted.callId)).toEqual(await progress(reference.callId));
    expect(await getBooking(interrupted.bookingId)).toMatchObject({
      status: "booked",
      bookedCallId: interrupted.callId,
    });
  });
});
