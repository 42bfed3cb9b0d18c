// A business that asks not to be called again: the simulated receptionist who says so ends the call with the
// apology, the outcome marks it, the opt-out is recorded with the call and the receptionist's words, the call is
// never retried, and the same person's next booking skips that business at once with a reason they can read.
// Another person's booking still calls it until an admin confirms the opt-out, which lists the number for everyone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getBooking } from "@/app/api/booking/[id]/route";
import { POST as postBookingRequest } from "@/app/api/booking/request/route";
import { listCallEventsForCall } from "@/db/call-events";
import { seedDemoDirectory } from "@/db/providers";
import { POST as confirmOptOut } from "@/app/api/admin/do-not-call/[phone]/confirm/route";
import { listDoNotCall } from "@/lib/do-not-call/do-not-call-list";
import { listOptOutsToReview } from "@/lib/do-not-call/opt-out-review";
import { createSimulatedDialer } from "@/lib/calls/simulated/simulated-dialer";
import { fixedClock } from "@/lib/clock";
import { optOutApology } from "@/prompts/disclosure";
import { overrideRuntime } from "@/lib/runtime";
import { anonymousSession, eventually, jsonRequest, params } from "../helpers";
import { createSessions } from "../admin/admin-sessions";
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
  it("is apologised to, skipped by that person at once, and by everyone once an admin confirms", async () => {
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

    const pending = (await listOptOutsToReview()).find((e) => e.phone === wickerPark.phone);
    expect(pending).toMatchObject({ callId: optedOut.call_id, bookingId: first });
    expect(pending!.evidence).toMatch(/take this number off your list/);
    expect((await listDoNotCall()).some((e) => e.phone === wickerPark.phone)).toBe(false);

    // Never retried, even once the booking settles.
    const settled = await eventually(
      () => viewOf(cookie, first),
      (v) => v.status !== "processing",
    );
    expect(settled.results.find((r: Result) => r.provider_id === wickerPark.id).attempts).toBe(1);

    const skippedReason = expect.objectContaining({
      provider_id: wickerPark.id,
      reason: "asked CallPilot not to call them",
    });
    const again = await viewOf(cookie, await bookDentistInChicago(cookie));
    expect(again.results.map((r: Result) => r.provider_id)).not.toContain(wickerPark.id);
    expect(again.skipped).toContainEqual(skippedReason);

    // Someone else's booking is not held back by one person's call until an admin has seen it.
    const other = await anonymousSession();
    const before = await viewOf(other, await bookDentistInChicago(other));
    expect(before.results.map((r: Result) => r.provider_id)).toContain(wickerPark.id);

    const { admin } = await createSessions();
    const encoded = encodeURIComponent(wickerPark.phone);
    const confirmed = await confirmOptOut(
      jsonRequest(`/api/admin/do-not-call/${encoded}/confirm`, { method: "POST", cookie: admin }),
      params({ phone: encoded }),
    );
    expect(confirmed.status).toBe(200);
    // The other person's call may have heard the same request by now: confirming settles every one of them.
    const { source_call_id } = await confirmed.json();
    const entry = (await listDoNotCall()).find((e) => e.phone === wickerPark.phone);
    expect(entry?.sourceCallId).toBe(source_call_id);
    expect(entry!.reason).toContain(pending!.evidence);
    expect((await listOptOutsToReview()).some((e) => e.phone === wickerPark.phone)).toBe(false);

    const third = await anonymousSession();
    const after = await viewOf(third, await bookDentistInChicago(third));
    expect(after.results.map((r: Result) => r.provider_id)).not.toContain(wickerPark.id);
    expect(after.skipped).toContainEqual(skippedReason);
  });
});
