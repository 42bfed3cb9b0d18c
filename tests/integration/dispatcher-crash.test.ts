import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listCallEventsForCall } from "@/db/call-events";
import { getBooking } from "@/db/bookings";
import { seedDemoDirectory } from "@/db/providers";
import {
  callRows,
  countUnfinishedCallsEverywhere,
  createBookingWithProviderCalls,
  createTestUser,
} from "./support/booking-fixtures";
import { eventually } from "./helpers";
import { pauseBackgroundJobs } from "@/tests/support/job-runner";

// The fixture processes run the jobs; this one only watches.
pauseBackgroundJobs();

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

function runFixture(
  script: string,
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; output: Promise<string> } {
  const child = spawn(tsx, [path.join(root, "tests/integration/fixtures", script), ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout!.on("data", (chunk) => (text += chunk));
  child.stderr!.on("data", (chunk) => (text += chunk));
  const output = new Promise<string>((resolve) => child.on("exit", () => resolve(text)));
  return { child, output };
}

beforeAll(async () => {
  await seedDemoDirectory();
});

describe("crash safety of the dispatcher", () => {
  it("a dispatcher killed mid fan-out and restarted dials every call exactly once", async () => {
    const userId = await createTestUser();
    const { bookingId, callIds } = await createBookingWithProviderCalls({
      userId,
      callCount: 12,
      mode: "review",
      now: new Date(),
    });
    const env = {
      RETRY_MAX: "0",
      MAX_CONCURRENT_CALLS: "4",
      DIAL_LEASE_SECONDS: "1",
      DIAL_DELAY_MS: "150",
      SIM_CALL_SECONDS: "0.4",
      SIM_QUESTION_WAIT_SECONDS: "0",
      DISPATCH_SWEEP_SECONDS: "1",
      JOB_EXPIRY_CHECK_SECONDS: "1",
    };

    const first = runFixture("run-dispatcher.ts", [], env);
    const dialedCount = async () =>
      (await Promise.all(callIds.map(listCallEventsForCall))).flat().filter((e) => e.type === "call_dialed")
        .length;
    await eventually(dialedCount, (n) => n >= 3, 30_000);
    first.child.kill("SIGKILL");
    const firstOutput = await first.output;
    expect(firstOutput).not.toContain("done");
    const stillQueued = (await callRows(bookingId)).filter(
      (call) => call.status === "queued" || call.status === "dialing",
    );
    expect(stillQueued.length).toBeGreaterThan(0);

    const second = runFixture("run-dispatcher.ts", [], env);
    const secondOutput = await second.output;
    expect(secondOutput).toContain("done");
    expect(await countUnfinishedCallsEverywhere()).toBe(0);

    for (const callId of callIds) {
      const events = await listCallEventsForCall(callId);
      expect(
        events.filter((e) => e.type === "call_dialed"),
        `call ${callId}`,
      ).toHaveLength(1);
      expect(
        events.filter(
          (e) =>
            e.type === "call_status" && e.payload && (e.payload as { status: string }).status === "answered",
        ).length,
      ).toBeLessThanOrEqual(1);
      expect(events.filter((e) => e.type === "call_ended")).toHaveLength(1);
    }
    const booking = await getBooking(bookingId);
    expect(["awaiting_choice", "failed"]).toContain(booking?.status);
  }, 90_000);

  it("the booking lock holds across processes: eight processes asking at once book exactly one", async () => {
    const userId = await createTestUser();
    const now = new Date();
    const { bookingId, callIds } = await createBookingWithProviderCalls({
      userId,
      callCount: 8,
      mode: "auto",
      now,
      status: "in_progress",
    });
    const slotStart = new Date(now.getTime() + 3 * 86_400_000);
    slotStart.setUTCHours(15, 0, 0, 0);
    const at = String(Date.now() + 4_000);
    const runs = callIds.map((callId) =>
      runFixture("request-booking-at.ts", [callId, slotStart.toISOString(), at], {}),
    );
    const codes = (await Promise.all(runs.map((run) => run.output))).map((text) => text.trim());
    expect(
      codes.filter((code) => code === "approved"),
      codes.join(","),
    ).toHaveLength(1);
    expect(
      codes.filter((code) => code === "booking_closed"),
      codes.join(","),
    ).toHaveLength(7);
    const booking = await getBooking(bookingId);
    expect(booking?.status).toBe("booked");
    expect(callIds).toContain(booking?.bookedCallId);
  }, 60_000);
});
