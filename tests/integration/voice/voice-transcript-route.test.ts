// The spoken intake conversation kept in the task's chat history: POST /api/task/{id}/voice-transcript stores each
// line once, for the owner only, beside typed messages, without running the extractor; up to the conversation's
// message cap, and no faster than its rate limit.
import { describe, expect, it } from "vitest";
import { GET as getTask } from "@/app/api/task/[id]/route";
import { POST as voiceTranscript } from "@/app/api/task/[id]/voice-transcript/route";
import { getDb } from "@/db/client";
import { taskMessages } from "@/db/schema";
import { maxMessagesPerTask } from "@/lib/intake/conversation-bounds";
import { jsonRequest, params } from "../helpers";
import { personWithTask, useVoiceEnv } from "./voice-support";

const deliver = (taskId: string, body: unknown, cookie?: string) =>
  voiceTranscript(
    jsonRequest(`/api/task/${taskId}/voice-transcript`, { cookie, body }),
    params({ id: taskId }),
  );

/** Fills the task's conversation with `count` earlier lines. */
async function storeEarlierLines(taskId: string, count: number): Promise<void> {
  await getDb()
    .insert(taskMessages)
    .values(
      Array.from({ length: count }, (_, i) => ({
        taskId,
        role: "user" as const,
        content: `earlier line ${i}`,
        createdAt: new Date(),
      })),
    );
}

async function storedMessages(taskId: string, cookie: string) {
  const response = await getTask(jsonRequest(`/api/task/${taskId}`, { cookie }), params({ id: taskId }));
  return (await response.json()).messages as Array<{ role: string; content: string }>;
}

const line = (overrides: Record<string, unknown> = {}) => ({
  role: "user",
  text: "I need a dentist in Boston next week",
  conversation_id: "conv_1",
  event_id: 1,
  sequence: 0,
  ...overrides,
});

describe("POST /api/task/{id}/voice-transcript", () => {
  it("stores the person's words and the agent's reply in the task's messages, in order", async () => {
    const { cookie, taskId } = await personWithTask();
    expect((await deliver(taskId, line(), cookie)).status).toBe(200);
    const response = await deliver(
      taskId,
      line({ role: "assistant", text: "Which day suits you?", event_id: 2, sequence: 1 }),
      cookie,
    );
    expect(response.status).toBe(200);
    const expected = [
      { role: "user", content: "I need a dentist in Boston next week" },
      { role: "assistant", content: "Which day suits you?" },
    ];
    expect((await response.json()).messages).toMatchObject(expected);
    expect(await storedMessages(taskId, cookie)).toMatchObject(expected);
  });

  it("does not run the extractor on a spoken line", async () => {
    const { cookie, taskId } = await personWithTask();
    const view = await (await deliver(taskId, line(), cookie)).json();
    expect(view.extracted_data).toMatchObject({ service_type: null, location: null, timeframe: null });
    expect(view.status).toBe("gathering_info");
  });

  it("stores a redelivered ElevenLabs message once", async () => {
    const { cookie, taskId } = await personWithTask();
    await deliver(taskId, line(), cookie);
    expect((await deliver(taskId, line({ sequence: 7 }), cookie)).status).toBe(200);
    expect(await storedMessages(taskId, cookie)).toHaveLength(1);
  });

  it("keeps the same event id from another conversation as a line of its own", async () => {
    const { cookie, taskId } = await personWithTask();
    await deliver(taskId, line(), cookie);
    await deliver(taskId, line({ conversation_id: "conv_2" }), cookie);
    expect(await storedMessages(taskId, cookie)).toHaveLength(2);
  });

  it("without an event id, stores a line once per role, words and sequence number", async () => {
    const { cookie, taskId } = await personWithTask();
    const withoutEvent = line({ event_id: undefined });
    await deliver(taskId, withoutEvent, cookie);
    await deliver(taskId, withoutEvent, cookie);
    expect(await storedMessages(taskId, cookie)).toHaveLength(1);
    await deliver(taskId, { ...withoutEvent, sequence: 1 }, cookie);
    await deliver(taskId, { ...withoutEvent, role: "assistant" }, cookie);
    expect(await storedMessages(taskId, cookie)).toHaveLength(3);
  });

  it("answers 400 on an empty, over-long or malformed line", async () => {
    const { cookie, taskId } = await personWithTask();
    const refused = [
      line({ text: "   " }),
      line({ text: "a".repeat(4_001) }),
      line({ role: "system" }),
      line({ sequence: undefined }),
      line({ event_id: -1 }),
      line({ extra: true }),
    ];
    for (const body of refused) {
      const response = await deliver(taskId, body, cookie);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect((await response.json()).error).toMatch(/^Invalid request/);
    }
    expect(await storedMessages(taskId, cookie)).toHaveLength(0);
  });

  it("stores lines up to the conversation's cap, then answers 409 with what to do; a redelivery still passes", async () => {
    const { cookie, taskId } = await personWithTask();
    await storeEarlierLines(taskId, maxMessagesPerTask - 1);
    expect((await deliver(taskId, line(), cookie)).status).toBe(200);
    const refused = await deliver(taskId, line({ event_id: 2, sequence: 1 }), cookie);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toBe(
      `This conversation has reached ${maxMessagesPerTask} messages, the most one request keeps: start a new request to go on.`,
    );
    expect((await deliver(taskId, line(), cookie)).status).toBe(200);
    expect(await storedMessages(taskId, cookie)).toHaveLength(maxMessagesPerTask);
  });

  it("lets one of several lines delivered at once take the last place", async () => {
    const { cookie, taskId } = await personWithTask();
    await storeEarlierLines(taskId, maxMessagesPerTask - 1);
    const statuses = await Promise.all(
      Array.from(
        { length: 6 },
        async (_, i) => (await deliver(taskId, line({ event_id: 10 + i }), cookie)).status,
      ),
    );
    expect(statuses.sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect(await storedMessages(taskId, cookie)).toHaveLength(maxMessagesPerTask);
  });

  it("limits how many lines one person may post a minute, with a 429, Retry-After and what to do", async () => {
    useVoiceEnv({ RATE_LIMITS: "on", RATE_LIMIT_VOICE_TRANSCRIPT_PER_MINUTE: "3" });
    try {
      const { cookie, taskId } = await personWithTask();
      for (let i = 0; i < 3; i++) {
        expect((await deliver(taskId, line({ event_id: i, sequence: i }), cookie)).status).toBe(200);
      }
      const refused = await deliver(taskId, line({ event_id: 3, sequence: 3 }), cookie);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await refused.json()).error).toMatch(
        /^The voice conversation is sending lines faster than CallPilot keeps them: pause for \d+ seconds?, then go on\.$/,
      );
      expect(await storedMessages(taskId, cookie)).toHaveLength(3);
    } finally {
      useVoiceEnv({ RATE_LIMITS: "off" });
    }
  });

  it("answers 401 without a session and 404 on another person's request", async () => {
    const { cookie, taskId } = await personWithTask();
    const { cookie: someoneElse } = await personWithTask();
    expect((await deliver(taskId, line())).status).toBe(401);
    expect((await deliver(taskId, line(), someoneElse)).status).toBe(404);
    expect(await storedMessages(taskId, cookie)).toHaveLength(0);
  });
});
