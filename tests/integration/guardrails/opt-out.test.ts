// A business that asks not to be called again: the simulated receptionist who says so ends the call with the
// apology, the outcome marks it, the number lands on the do-not-call list with the reason and the call it came
// from, the call is never retried, and the next booking skips that business with a reason the person can read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getBooking } from "@/app/api/booking/[id]/route";
import { POST as postBookingRequest } from "@/app/api/booking/request/route";
import { listCallEventsForCall } from "@/db/call-events";
import { seedDemoDirectory } from "@/db/providers";
import { listDoNotCall } from "@/lib/do-not-call/do-not-call-list";
import { createSimulatedDialer } from "@/lib/calls/simulated/simulated-dialer";
import { fixedClock } from "@/lib/clock";
import { optOutApology } from "@/prompts/disclosure";
import { overrideRuntime } from "@/lib/runtime";
import { anonymousSession, eventually, jsonRequest, params } from "../helpers";
import { runJobsDuringTests } from "@/tests/support/job-runner";

// Calls, reactions and webhooks run in the background, as on a server.
runJobsDuringTests();

const clock = fixedClock("2026-11-25T15:00:00Z");
const wickerPark = { id: "dentist-chicago-il-2", phone: "+13125550101" };
let restoreRuntime: () => void;

beforeAll(async () => {
  await seedDemoDirectory();
  restoreRuntime = overrideRuntime({ dialer: createSimulatedDialer({ clock, callSeconds: 0 }), clock });
});
afterAll(() => restoreRuntime());

async function bookDentistInChicago(cookie: string): Promise<string> {
  const response = await postBookingRequest(
    jsonRequest("/api/booking/request", {
      cookie,
      body: {
        service_type: "dentist",
        location: "Chicago IL",
        timeframe: "next week",
        client_name: "Sam Lee",
        preferences: { swarm_size: 5, mode: "review" },
      },
    }),
    {},
  );
  expect(response.status).toBe(202);
  return (await response.json()).booking_id;
}

async function viewOf(cookie: string, bookingId: string) {
  return (
    await getBooking(jsonRequest(`/api/booking/${bookingId}`, { cookie }), params({ id: bookingId }))
  ).json();
}

interface Result {
  provider_id: string;
  call_id: string;
  call_status: string;
  attempts: number;
  failure_reason: string | null;
}

describe("a business that asks not to be called again", () => {
  it("is apologised to, listed with the reason and the call, and skipped by the next booking", async () => {
    const cookie = await anonymousSession();
    const first = await bookDentistInChicago(cookie);
    const view = await eventually(
      () => viewOf(cookie, first),
      (v) => v.results.some((r: Result) => r.provider_id === wickerPark.id && r.call_status === "completed"),
    );
    const optedOut: Result = view.results.find((r: Result) => r.provider_id === wickerPark.id);
    expect(optedOut.failure_reason).toMatch(/asked not to be called again/);
    const said = (await listCallEventsForCall(optedOut.call_id))
      .filter((event) => event.type === "transcript")
      .map((event) => (event.payload as { text: string }).text);
    expect(said.at(-1)).toBe(optOutApology);

    const entry = (await listDoNotCall()).find((e) => e.phone === wickerPark.phone);
    expect(entry).toBeDefined();
    expect(entry!.sourceCallId).toBe(optedOut.call_id);
    expect(entry!.sourceBookingId).toBe(first);
    expect(entry!.reason).not.toBeNull();

    // Never retried, even once the booking settles.
    const settled = await eventually(
      () => viewOf(cookie, first),
      (v) => v.status !== "processing",
    );
    expect(settled.results.find((r: Result) => r.provider_id === wickerPark.id).attempts).toBe(1);

    const other = await anonymousSession();
    const second = await viewOf(other, await bookDentistInChicago(other));
    expect(second.results.map((r: Result) => r.provider_id)).not.toContain(wickerPark.id);
    expect(second.skipped).toContainEqual(
      expect.objectContaining({ provider_id: wickerPark.id, reason: "asked CallPilot not to call them" }),
    );
  });
});
