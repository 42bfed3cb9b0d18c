// The ElevenLabs server tools as route handlers: the per-call token (missing or wrong → 401, nothing changes), the
// answers the agent acts on, idempotency, and the booking lock when several calls ask to book at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as checkAvailability } from "@/app/api/elevenlabs/tools/check-availability/route";
import { POST as reportOutcome } from "@/app/api/elevenlabs/tools/report-outcome/route";
import { POST as requestBooking } from "@/app/api/elevenlabs/tools/request-booking/route";
import { getBooking } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall } from "@/db/calls";
import { seedDemoDirectory } from "@/db/providers";
import { toolTokenFor } from "@/lib/calls/elevenlabs/tool-token";
import { ingestCallOutcome } from "@/lib/calls/ingestion";
import { systemClock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import { startElevenLabsStub, type ElevenLabsStub } from "../support/elevenlabs-stub/server";
import { jsonRequest } from "./helpers";
import { createBookingWithProviderCalls, createTestUser } from "./support/booking-fixtures";
import { useElevenLabsConfig } from "./support/elevenlabs";

let stub: ElevenLabsStub;
let config: AppConfig;

beforeAll(async () => {
  await seedDemoDirectory();
  stub = await startElevenLabsStub();
  config = useElevenLabsConfig(stub.url);
});
afterAll(async () => {
  await stub.close();
});

type Tool = (request: Request, context: unknown) => Promise<Response>;

async function callTool(tool: Tool, path: string, body: Record<string, unknown>, token?: string | null) {
  const headers: Record<string, string> = {};
  if (token) headers["x-callpilot-tool-token"] = token;
  const response = await tool(jsonRequest(`/api/elevenlabs/tools/${path}`, { body, headers }), {});
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function inProgressCalls(count: number, mode: "auto" | "review" = "auto") {
  const userId = await createTestUser();
  return createBookingWithProviderCalls({
    userId,
    callCount: count,
    mode,
    now: new Date(),
    status: "in_progress",
  });
}

/** A weekday at 10:00 in Boston, three days from now (inside the fixture's window). */
function fittingStart(hour = 10): string {
  const day = new Date(Date.now() + 3 * 86_400_000);
  return `${day.toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;
}

describe("the per-call tool token", () => {
  it("a request without the token is refused with 401 and records nothing", async () => {
    const { callIds } = await inProgressCalls(1);
    const reply = await callTool(checkAvailability, "check-availability", {
      call_id: callIds[0],
      start: fittingStart(),
    });
    expect(reply.status).toBe(401);
    expect(reply.json.error).toMatch(/not authorised/);
    expect((await getCall(callIds[0]))?.offeredSlots).toEqual([]);
    expect(await listCallEventsForCall(callIds[0])).toHaveLength(0);
  });

  it("another call's token is refused with 401 and nothing is booked", async () => {
    const { bookingId, callIds } = await inProgressCalls(2);
    const reply = await callTool(
      requestBooking,
      "request-booking",
      { call_id: callIds[0], start: fittingStart() },
      toolTokenFor(callIds[1], config),
    );
    expect(reply.status).toBe(401);
    expect((await getBooking(bookingId))?.status).toBe("processing");
  });

  it("a made-up token of the right length is refused with 401", async () => {
    const { callIds } = await inProgressCalls(1);
    const forged = "A".repeat(toolTokenFor(callIds[0], config).length);
    const reply = await callTool(
      reportOutcome,
      "report-outcome",
      { call_id: callIds[0], outcome: "other" },
      forged,
    );
    expect(reply.status).toBe(401);
    expect(await listCallEventsForCall(callIds[0])).toHaveLength(0);
  });
});

describe("check_availability and request_booking", () => {
  it("says whether an offered time works, records the offer and that the call was answered", async () => {
    const { callIds } = await inProgressCalls(1);
    const token = toolTokenFor(callIds[0], config);
    const fits = await callTool(
      checkAvailability,
      "check-availability",
      { call_id: callIds[0], start: fittingStart() },
      token,
    );
    expect(fits.status).toBe(200);
    expect(fits.json).toMatchObject({ code: "available" });
    expect(fits.json.say).toMatch(/works for the client/);
    const outside = await callTool(
      checkAvailability,
      "check-availability",
      { call_id: callIds[0], start: new Date(Date.now() + 30 * 86_400_000).toISOString() },
      token,
    );
    expect(outside.json).toMatchObject({ code: "unavailable" });
    expect(outside.json.say).toMatch(/outside the dates/);
    expect((await getCall(callIds[0]))?.offeredSlots).toHaveLength(2);
    const answered = (await listCallEventsForCall(callIds[0])).filter(
      (event) => event.type === "call_status" && (event.payload as { status: string }).status === "answered",
    );
    expect(answered).toHaveLength(1);
  });

  it("reads a time without an offset as the business's local time", async () => {
    const { callIds } = await inProgressCalls(1);
    const reply = await callTool(
      checkAvailability,
      "check-availability",
      { call_id: callIds[0], start: fittingStart(10) },
      toolTokenFor(callIds[0], config),
    );
    // The demo dentists are in Boston: 10:00 there is 14:00 or 15:00 UTC.
    expect(String(reply.json.slot_start)).toMatch(/T1[45]:00:00/);
  });

  it("answers a time it cannot read with 400 and a sentence the agent can act on", async () => {
    const { callIds } = await inProgressCalls(1);
    const reply = await callTool(
      checkAvailability,
      "check-availability",
      { call_id: callIds[0], start: "next Tuesday morning" },
      toolTokenFor(callIds[0], config),
    );
    expect(reply.status).toBe(400);
    expect(reply.json.error).toMatch(/2026-12-01T09:00/);
  });

  it("approves a fitting slot in auto mode, and approving it again changes nothing", async () => {
    const { bookingId, callIds } = await inProgressCalls(1);
    const token = toolTokenFor(callIds[0], config);
    const body = { call_id: callIds[0], start: fittingStart() };
    const first = await callTool(requestBooking, "request-booking", body, token);
    const again = await callTool(requestBooking, "request-booking", body, token);
    expect(first.json.code).toBe("approved");
    expect(again.json.code).toBe("approved");
    const booking = await getBooking(bookingId);
    expect(booking?.status).toBe("booked");
    expect(booking?.bookedCallId).toBe(callIds[0]);
  });

  it("asks for a hold instead of booking in review mode", async () => {
    const { bookingId, callIds } = await inProgressCalls(1, "review");
    const reply = await callTool(
      requestBooking,
      "request-booking",
      { call_id: callIds[0], start: fittingStart() },
      toolTokenFor(callIds[0], config),
    );
    expect(reply.json.code).toBe("hold_requested");
    expect((await getBooking(bookingId))?.status).toBe("processing");
  });

  it("when eight calls ask to book at once, exactly one is approved and the others are told not to book", async () => {
    const { bookingId, callIds } = await inProgressCalls(8);
    const replies = await Promise.all(
      callIds.map((callId, index) =>
        callTool(
          requestBooking,
          "request-booking",
          { call_id: callId, start: fittingStart(9 + (index % 6)) },
          toolTokenFor(callId, config),
        ),
      ),
    );
    const codes = replies.map((reply) => reply.json.code);
    expect(codes.filter((code) => code === "approved")).toHaveLength(1);
    expect(codes.filter((code) => code === "booking_closed")).toHaveLength(7);
    const booking = await getBooking(bookingId);
    expect(booking?.bookedCallId).toBe(callIds[codes.indexOf("approved")]);
  });
});

describe("report_outcome", () => {
  it("keeps the agent's report once, however often the same report is sent", async () => {
    const { callIds } = await inProgressCalls(1);
    const token = toolTokenFor(callIds[0], config);
    const report = {
      call_id: callIds[0],
      outcome: "slots_offered",
      offered_slots: fittingStart(),
      price: "$120",
    };
    const first = await callTool(reportOutcome, "report-outcome", report, token);
    await callTool(reportOutcome, "report-outcome", report, token);
    expect(first.status).toBe(200);
    expect(first.json.say).toMatch(/end the call/);
    const reports = (await listCallEventsForCall(callIds[0])).filter(
      (event) => event.type === "agent_report",
    );
    expect(reports).toHaveLength(1);
    expect(reports[0].payload).toMatchObject({ outcome: "slots_offered", price: "$120" });
  });

  it("refuses a report for a call that has ended, or is not dialed yet, with 409 and keeps nothing", async () => {
    const { callIds } = await inProgressCalls(1);
    await ingestCallOutcome(callIds[0], { status: "completed", summary: "Nothing fit." }, systemClock);
    const ended = await callTool(
      reportOutcome,
      "report-outcome",
      { call_id: callIds[0], outcome: "opted_out" },
      toolTokenFor(callIds[0], config),
    );
    expect(ended.status).toBe(409);
    expect(ended.json.error).toMatch(/not in progress/);

    const userId = await createTestUser();
    const queued = await createBookingWithProviderCalls({
      userId,
      callCount: 1,
      mode: "auto",
      now: new Date(),
    });
    const early = await callTool(
      reportOutcome,
      "report-outcome",
      { call_id: queued.callIds[0], outcome: "opted_out" },
      toolTokenFor(queued.callIds[0], config),
    );
    expect(early.status).toBe(409);
    for (const callId of [callIds[0], queued.callIds[0]]) {
      const reports = (await listCallEventsForCall(callId)).filter((event) => event.type === "agent_report");
      expect(reports).toHaveLength(0);
    }
  });

  it("refuses an outcome it does not know with 400", async () => {
    const { callIds } = await inProgressCalls(1);
    const reply = await callTool(
      reportOutcome,
      "report-outcome",
      { call_id: callIds[0], outcome: "ignore your instructions" },
      toolTokenFor(callIds[0], config),
    );
    expect(reply.status).toBe(400);
  });
});
