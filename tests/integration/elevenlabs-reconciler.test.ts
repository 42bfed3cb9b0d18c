// The reconciler: calls still in progress past the deadline (a lost webhook) are fetched from the API stub and ended
// with the outcome the webhook would have given; nothing is left hanging.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall } from "@/db/calls";
import { seedDemoDirectory } from "@/db/providers";
import { hasWebhookReceipt } from "@/db/webhook-receipts";
import { fixedClock } from "@/lib/clock";
import { reconcileLostCalls } from "@/lib/calls/elevenlabs/reconciler";
import type { AppConfig } from "@/lib/config";
import { dataCollection, type StubConversation } from "../support/elevenlabs-stub/conversation-record";
import { startElevenLabsStub, type ElevenLabsStub } from "../support/elevenlabs-stub/server";
import { createBookingWithProviderCalls, createTestUser } from "./support/booking-fixtures";
import { markDialedThroughElevenLabs, useElevenLabsConfig } from "./support/elevenlabs";

let stub: ElevenLabsStub;
let config: AppConfig;
const startedAt = new Date("2026-11-26T15:00:00Z");

beforeAll(async () => {
  await seedDemoDirectory();
  stub = await startElevenLabsStub();
  config = useElevenLabsConfig(stub.url, { ELEVENLABS_RECONCILE_AFTER_MINUTES: "15" });
});
afterAll(async () => {
  await stub.close();
});

let counter = 0;
async function lostCall(status: StubConversation["status"] | null, extra: Partial<StubConversation> = {}) {
  const userId = await createTestUser();
  const { callIds } = await createBookingWithProviderCalls({
    userId,
    callCount: 1,
    mode: "review",
    now: startedAt,
  });
  const conversationId = `conv_reconcile_${++counter}`;
  await markDialedThroughElevenLabs(callIds[0], conversationId, startedAt);
  if (status) {
    stub.conversations.set(conversationId, {
      conversation_id: conversationId,
      agent_id: "agent_test",
      status,
      user_id: callIds[0],
      to_number: "+16175550100",
      call_sid: "CA0001",
      start_time_unix_secs: startedAt.getTime() / 1000,
      call_duration_secs: 95,
      conversation_initiation_client_data: {
        user_id: callIds[0],
        dynamic_variables: { call_id: callIds[0] },
      },
      transcript: [
        { role: "user", message: "Harbor Dental, how can I help?", time_in_call_secs: 1 },
        { role: "agent", message: "Hi, I'm calling to book a dentist appointment.", time_in_call_secs: 3 },
      ],
      analysis: {
        call_successful: "success",
        transcript_summary: "They offered a morning slot.",
        data_collection_results: dataCollection({
          outcome: "slots_offered",
          offered_slots: "2026-11-30T09:00",
        }),
      },
      ...extra,
    });
  }
  return { callId: callIds[0], conversationId };
}

const run = (minutesAfterStart: number, lastChecked = new Map<string, number>()) =>
  reconcileLostCalls({
    config,
    clock: fixedClock(new Date(startedAt.getTime() + minutesAfterStart * 60_000)),
    lastChecked,
  });

describe("reconciling calls whose webhook never came", () => {
  it("ends a finished conversation's call with the webhook's outcome and keeps a late webhook from repeating it", async () => {
    const { callId, conversationId } = await lostCall("done");
    expect(await run(16)).toBeGreaterThanOrEqual(1);
    const call = await getCall(callId);
    expect(call?.status).toBe("completed");
    expect(call?.offeredSlots.map((slot) => slot.start)).toEqual(["2026-11-30T14:00:00.000Z"]);
    expect(call?.outcome?.summary).toBe("They offered a morning slot.");
    const lines = (await listCallEventsForCall(callId)).filter((event) => event.type === "transcript");
    expect(lines).toHaveLength(2);
    expect(await hasWebhookReceipt(`elevenlabs:post_call_transcription:${conversationId}`)).toBe(true);
  });

  it("leaves calls younger than the deadline alone, without asking the API", async () => {
    const { callId, conversationId } = await lostCall("done");
    const before = stub.requestCounts.get(`GET /v1/convai/conversations/${conversationId}`) ?? 0;
    await run(5);
    expect((await getCall(callId))?.status).toBe("in_progress");
    expect(stub.requestCounts.get(`GET /v1/convai/conversations/${conversationId}`) ?? 0).toBe(before);
  });

  it("keeps a conversation ElevenLabs is still processing in progress, and asks again only after a minute", async () => {
    const { callId, conversationId } = await lostCall("processing");
    const lastChecked = new Map<string, number>();
    await run(16, lastChecked);
    await run(16.5, lastChecked);
    expect((await getCall(callId))?.status).toBe("in_progress");
    expect(stub.requestCounts.get(`GET /v1/convai/conversations/${conversationId}`)).toBe(1);
    stub.conversations.get(conversationId)!.status = "done";
    await run(17.5, lastChecked);
    expect((await getCall(callId))?.status).toBe("completed");
  });

  it("finds the conversation of a call whose dial result was lost, through its call id", async () => {
    const { callId } = await lostCall("done");
    await markDialedThroughElevenLabs(callId, `unrecorded:${callId}`, startedAt);
    await run(16);
    expect((await getCall(callId))?.status).toBe("completed");
  });

  it("fails a call ElevenLabs has no record of, so the booking is not left hanging", async () => {
    const { callId } = await lostCall(null);
    await run(16);
    const call = await getCall(callId);
    expect(call?.status).toBe("failed");
    expect(call?.failureReason).toBe("ElevenLabs has no record of this call.");
  });

  it("a conversation that failed on the line ends the call as failed with ElevenLabs' reason", async () => {
    const { callId } = await lostCall("failed", {
      termination_reason: "Call dropped by carrier",
      analysis: null,
    });
    await run(16);
    const call = await getCall(callId);
    expect(call?.status).toBe("failed");
    expect(call?.failureReason).toBe("Call dropped by carrier");
  });

  it("gives up on a conversation that never finishes after two hours", async () => {
    const { callId } = await lostCall("in-progress");
    await run(16);
    expect((await getCall(callId))?.status).toBe("in_progress");
    await run(125);
    expect((await getCall(callId))?.failureReason).toBe("The call never reported an outcome.");
  });
});
