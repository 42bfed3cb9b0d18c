import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { getBooking } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall } from "@/db/calls";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { calls } from "@/db/schema";
import { recordTranscriptLine } from "@/lib/calls/ingestion";
import { fixedClock } from "@/lib/clock";
import { createSimulatedDialer } from "./simulated-dialer";
import { claimedCallTo, eventually, markSimulatedDial } from "@/tests/support/simulated-call";

// The real wake-up would run a dispatch pass with the process's own dialer against this test database.
vi.mock("@/lib/calls/dispatcher", () => ({ wakeDispatcher: vi.fn() }));

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
    expect(placed.externalId).toBe(`sim_${callId}`);

    await sleep(100);
    expect(await listCallEventsForCall(callId)).toEqual([]);
    expect((await getCall(callId))?.status).toBe("dialing");

    expect(await dialed(callId, token, placed.externalId)).toBe(true);
    const ended = await eventually(
      () => getCall(callId),
      (call) => call?.status === "completed",
    );
    expect(ended?.offeredSlots.length).toBeGreaterThan(0);
    expect((await transcript(callId)).length).toBeGreaterThan(3);
    // An accepting receptionist in auto mode books through the lock.
    expect(await getBooking(bookingId)).toMatchObject({ status: "booked", bookedCallId: callId });
  });

  test("a call left in dialing never starts, even if its dial is recorded too late", async () => {
    const dialer = createSimulatedDialer({ clock, callSeconds: 0 });
    const { callId, token, placeRequest } = await claimedCall();
    const placed = await dialer.placeCall(placeRequest);
    await sleep(30);
    // Six seconds later (only Date moves): the dialer has given up waiting for the dial to be recorded.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 6_000);
    await sleep(50);
    vi.useRealTimers();

    expect(await dialed(callId, token, placed.externalId)).toBe(true);
    await sleep(100);
    expect(await transcript(callId)).toEqual([]);
    expect((await getCall(callId))?.status).toBe("in_progress");
  });

  test("a dial recorded with another vendor id does not start the simulation", async () => {
    const dialer = createSimulatedDialer({ clock, callSeconds: 0 });
    const { callId, token, placeRequest } = await claimedCall();
    await dialer.placeCall(placeRequest);
    expect(await dialed(callId, token, "some-other-id")).toBe(true);
    await sleep(100);
    expect(await transcript(callId)).toEqual([]);
  });

  test("reports a call still in dialing as not placed, so recovery may dial it again", async () => {
    const dialer = createSimulatedDialer({ clock, callSeconds: 0 });
    const { callId } = await claimedCall();
    const row = getDb().select().from(calls).where(eq(calls.id, callId)).get()!;
    expect(await dialer.wasPlaced(row)).toBe("not_placed");
  });

  test("resume() continues an in-progress call without repeating the lines already recorded", async () => {
    const dialer = createSimulatedDialer({ clock, callSeconds: 0 });

    // A whole call, for reference.
    const reference = await claimedCall();
    const placed = await dialer.placeCall(reference.placeRequest);
    await dialed(reference.callId, reference.token, placed.externalId);
    await eventually(
      () => getCall(reference.callId),
      (call) => call?.status === "completed",
    );
    const fullScript = await transcript(reference.callId);
    expect(fullScript.length).toBeGreaterThan(4);

    // The same call for another person, interrupted by a restart after its first three lines.
    const interrupted = await claimedCall();
    await dialed(interrupted.callId, interrupted.token, `sim_${interrupted.callId}`);
    const referenceLines = (await listCallEventsForCall(reference.callId)).filter(
      (e) => e.type === "transcript",
    );
    for (const event of referenceLines.slice(0, 3)) {
      const { role, text } = event.payload as { role: "agent" | "business"; text: string };
      await recordTranscriptLine(interrupted.callId, { role, text }, clock);
    }

    const row = getDb().select().from(calls).where(eq(calls.id, interrupted.callId)).get()!;
    await dialer.resume!([row]);
    await eventually(
      () => getCall(interrupted.callId),
      (call) => call?.status === "completed",
    );
    expect(await transcript(interrupted.callId)).toEqual(fullScript);
    // The phone is not heard ringing again either.
    const statusEvents = (await listCallEventsForCall(interrupted.callId)).filter(
      (e) => e.type === "call_status",
    );
    expect(statusEvents).toEqual([]);
    expect(await getBooking(interrupted.bookingId)).toMatchObject({
      status: "booked",
      bookedCallId: interrupted.callId,
    });
  });
});
