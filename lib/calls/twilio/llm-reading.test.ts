import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";
import { createLlmReplyReader } from "./llm-reading";
import type { ReplyContext } from "./reply-reading";

const usage = {
  inputTokens: { total: 50, noCache: 50, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 20, text: 20, reasoning: 0 },
};

function modelAnswering(text: string): MockLanguageModelV3 {
  return new MockLanguageModelV3({
    doGenerate: async () => ({
      content: [{ type: "text", text }],
      finishReason: { unified: "stop", raw: "stop" },
      usage,
      warnings: [],
    }),
  });
}

const context = (speech: string): ReplyContext => ({
  speech,
  digits: "",
  step: "asking_time",
  lastPrompt: "Which date and time could you offer Sam Lee?",
  now: new Date("2026-03-04T15:00:00Z"),
  timeZone: "America/New_York",
  window: { start: "2026-03-06T15:00:00.000Z", end: "2026-03-13T15:00:00.000Z" },
  availability: "from Friday 6 March to Friday 13 March",
});

describe("reading a reply with the LLM", () => {
  it("uses the model's reading, and tells it today's date, the window and what was asked", async () => {
    const model = modelAnswering(JSON.stringify({ intent: "offer", date: "2026-03-11", time: "14:15" }));
    const reader = createLlmReplyReader({ name: "openai", model });
    // Offline rules could not read this one; the model can.
    const reading = await reader.read(context("the day after Tuesday, a quarter after two in the afternoon"));
    expect(reading).toEqual({ intent: "offer", date: "2026-03-11", time: "14:15" });
    const call = model.doGenerateCalls[0];
    const prompt = JSON.stringify(call.prompt);
    expect(prompt).toContain("Wednesday 4 March 2026, 10:00");
    expect(prompt).toContain("from Friday 6 March to Friday 13 March");
    expect(prompt).toContain("Which date and time could you offer Sam Lee?");
  });

  it("drops a date or time the model attached to anything but an offer", async () => {
    const reader = createLlmReplyReader({
      name: "gemini",
      model: modelAnswering(JSON.stringify({ intent: "yes", date: "2026-03-11", time: "09:00" })),
    });
    expect(await reader.read(context("Sure thing"))).toEqual({ intent: "yes", date: null, time: null });
  });

  it("falls back to the offline rules when the model fails or invents an offer without a time", async () => {
    const failing = new MockLanguageModelV3({
      doGenerate: async () => {
        throw new Error("quota exceeded");
      },
    });
    const offline = await createLlmReplyReader({ name: "openai", model: failing }).read(
      context("Monday at 10 am"),
    );
    expect(offline).toEqual({ intent: "offer", date: "2026-03-09", time: "10:00" });
    const empty = modelAnswering(JSON.stringify({ intent: "offer", date: null, time: null }));
    expect(
      await createLlmReplyReader({ name: "openai", model: empty }).read(context("Monday at 10 am")),
    ).toEqual(offline);
  });

  it("never asks the model about silence", async () => {
    const model = modelAnswering("{}");
    expect(await createLlmReplyReader({ name: "openai", model }).read(context(""))).toMatchObject({
      intent: "unclear",
    });
    expect(model.doGenerateCalls).toHaveLength(0);
  });
});
