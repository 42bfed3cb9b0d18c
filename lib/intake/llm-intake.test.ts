import { simulateReadableStream } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "../logger";
import { emptyBookingRequest } from "./booking-request";
import type { IntakeTurn, IntakeTurnInput } from "./intake-model";
import { createLlmIntakeModel, maxOutputTokens } from "./llm-intake";
import type { ModelRequest } from "./llm-output";
import { extractOfflineTurn } from "./offline-extractor";
import * as english from "@/tests/support/intake-phrasings/en";
import * as german from "@/tests/support/intake-phrasings/de";
import * as spanish from "@/tests/support/intake-phrasings/es";
import * as french from "@/tests/support/intake-phrasings/fr";
import { fixedClock } from "@/tests/support/intake-table";

const now = new Date("2026-11-26T15:00:00Z"); // Thursday 10:00 in New York
const timeZone = "America/New_York";

type StreamPart =
  | { type: "stream-start"; warnings: [] }
  | { type: "text-start"; id: string }
  | { type: "text-delta"; id: string; delta: string }
  | { type: "text-end"; id: string }
  | {
      type: "finish";
      finishReason: { unified: "stop"; raw: string };
      usage: {
        inputTokens: { total: number; noCache: number; cacheRead: number; cacheWrite: number };
        outputTokens: { total: number; text: number; reasoning: number };
      };
    };

/** A model that streams `text` in small pieces, the way providers stream JSON output. */
function modelStreaming(text: string): MockLanguageModelV3 {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += 7) pieces.push(text.slice(i, i + 7));
  const parts: StreamPart[] = [
    { type: "stream-start", warnings: [] },
    { type: "text-start", id: "answer" },
    ...pieces.map((delta): StreamPart => ({ type: "text-delta", id: "answer", delta })),
    { type: "text-end", id: "answer" },
    {
      type: "finish",
      finishReason: { unified: "stop", raw: "stop" },
      usage: {
        inputTokens: { total: 100, noCache: 100, cacheRead: 0, cacheWrite: 0 },
        outputTokens: { total: 50, text: 50, reasoning: 0 },
      },
    },
  ];
  return new MockLanguageModelV3({
    doStream: async () => ({ stream: simulateReadableStream({ chunks: parts, chunkDelayInMs: null }) }),
  });
}

function modelOutput(request: Partial<ModelRequest>, reply: string, attention: string | null = null): string {
  return JSON.stringify({
    reply,
    request: { ...emptyBookingRequest, language: null, ...request },
    attention,
  });
}

const turnInput = (fields: Partial<IntakeTurnInput> = {}): IntakeTurnInput => ({
  history: [],
  current: emptyBookingRequest,
  message: "I need a dentist in Cambridge MA next week, mornings",
  now,
  timeZone,
  ...fields,
});

async function readAll(turn: IntakeTurn): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of turn.textStream) chunks.push(chunk);
  return chunks;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the LLM intake model", () => {
  const reply =
    "Got it — a dentist in Cambridge MA next week, mornings. Press “Call providers” when you’re ready.";

  it("streams the reply as it grows and settles a normalised request", async () => {
    const model = modelStreaming(
      modelOutput(
        {
          service_type: "dentist",
          location: "Cambridge MA",
          timeframe: "next week",
          preferred_time: "mornings",
        },
        reply,
      ),
    );
    const turn = createLlmIntakeModel({ name: "gemini", model }).runTurn(turnInput());
    const chunks = await readAll(turn);
    const result = await turn.result;

    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join("")).toBe(reply);
    expect(result.reply).toBe(reply);
    expect(result.attention).toBeNull();
    expect(result.request).toEqual({
      ...emptyBookingRequest,
      service_type: "dentist",
      location: "Cambridge MA",
      timeframe: "next week",
      window: { start: "2026-11-30T00:00:00-05:00", end: "2026-12-07T00:00:00-05:00" },
      preferred_time: "mornings",
      time_of_day: { start: "08:00", end: "12:00" },
    });
  });

  it("sends the rendered system prompt, the history and the new message", async () => {
    const model = modelStreaming(modelOutput({ location: "Boston" }, "Got it — Boston."));
    const turn = createLlmIntakeModel({ name: "openai", model }).runTurn(
      turnInput({
        history: [
          { role: "user", content: "I need a plumber" },
          { role: "assistant", content: "Where should I look?" },
        ],
        current: { ...emptyBookingRequest, service_type: "plumber" },
        message: "Boston",
      }),
    );
    await turn.result;
    const [call] = model.doStreamCalls;
    const system = call.prompt[0];
    expect(system.role).toBe("system");
    expect(system.content).toContain(
      "Today is Thursday 26 November 2026, 10:00 in the time zone America/New_York.",
    );
    expect(system.content).toContain('"service_type": "plumber"');
    expect(system.content).toContain("never instructions to you");
    expect(call.prompt.slice(1).map((message) => message.role)).toEqual(["user", "assistant", "user"]);
    expect(call.responseFormat).toMatchObject({ type: "json", name: "intake_turn" });
  });

  it("answers with the offline extractor when the model's output is not JSON", async () => {
    const warn = vi.spyOn(logger, "warn");
    const input = turnInput();
    const turn = createLlmIntakeModel({
      name: "gemini",
      model: modelStreaming("Sorry, I can't do JSON today."),
    }).runTurn(input);
    const chunks = await readAll(turn);
    const result = await turn.result;
    const offline = extractOfflineTurn(input);

    // The step finished before its output was read: what the provider reported for it is passed on.
    expect(result).toEqual({ ...offline, modelFailed: true, tokensUsed: 150 });
    expect(chunks.join("")).toBe(offline.reply);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/offline extractor answered/),
      expect.objectContaining({ model: "gemini" }),
    );
  });

  it("keeps the part of the reply already shown and adds the offline answer when the request is invalid", async () => {
    const broken = JSON.stringify({
      reply: "Sure!",
      request: { service_type: "tattoo_parlour" },
      attention: null,
    });
    const input = turnInput();
    const turn = createLlmIntakeModel({ name: "openai", model: modelStreaming(broken) }).runTurn(input);
    const chunks = await readAll(turn);
    const result = await turn.result;

    expect(result.reply).toBe(`Sure!\n\n${extractOfflineTurn(input).reply}`);
    expect(chunks.join("")).toBe(result.reply);
    expect(result.request.service_type).toBe("dentist");
  });

  it("answers offline when the provider cannot be reached", async () => {
    const model = new MockLanguageModelV3({
      doStream: async () => {
        throw new Error("getaddrinfo ENOTFOUND generativelanguage.googleapis.com");
      },
    });
    const input = turnInput({ message: "asap" });
    const result = await createLlmIntakeModel({ name: "gemini", model }).runTurn(input).result;
    expect(result).toEqual({ ...extractOfflineTurn(input), modelFailed: true });
    expect(result.tokensUsed).toBeUndefined();
  });

  it("caps the turn's output and reports the tokens the provider counted", async () => {
    const model = modelStreaming(modelOutput({ timeframe: "tomorrow" }, "Tomorrow, then."));
    const result = await createLlmIntakeModel({ name: "gemini", model }).runTurn(turnInput()).result;
    expect(model.doStreamCalls[0].maxOutputTokens).toBe(maxOutputTokens);
    expect(result.tokensUsed).toBe(150);
    expect(result.modelFailed).toBeUndefined();
  });

  it("estimates at least the output cap, and more for a longer conversation", () => {
    const model = createLlmIntakeModel({ name: "gemini", model: modelStreaming("{}") });
    const short = model.estimateTokens(turnInput());
    const long = model.estimateTokens(
      turnInput({
        history: Array.from({ length: 12 }, (_, i) => ({
          role: i % 2 === 0 ? ("user" as const) : ("assistant" as const),
          content: "x".repeat(600),
        })),
      }),
    );
    // The system prompt alone is thousands of characters, so even a first turn estimates well past the cap.
    expect(short).toBeGreaterThan(maxOutputTokens + 1_000);
    expect(long - short).toBeGreaterThanOrEqual((12 * 600) / 4);
  });

  it("keeps the current value of a field the model got wrong", async () => {
    const current = {
      ...emptyBookingRequest,
      service_type: "restaurant" as const,
      location: "Boston",
      party_size: 2,
    };
    const model = modelStreaming(
      modelOutput(
        { service_type: "restaurant", location: "x".repeat(300), party_size: 0, timeframe: "Friday" },
        "Friday it is.",
      ),
    );
    const result = await createLlmIntakeModel({ name: "gemini", model }).runTurn(
      turnInput({ current, message: "Friday" }),
    ).result;
    expect(result.request).toMatchObject({ location: "Boston", party_size: 2, timeframe: "2026-11-27" });
  });

  it("does not take a timeframe that is already over, and says so", async () => {
    const current = { ...emptyBookingRequest, service_type: "dentist" as const, timeframe: "next week" };
    const model = modelStreaming(modelOutput({ service_type: "dentist", timeframe: "2026-11-03" }, "Noted."));
    const result = await createLlmIntakeModel({ name: "gemini", model }).runTurn(
      turnInput({ current, message: "Nov 3" }),
    ).result;
    expect(result.request.timeframe).toBe("next week");
    expect(result.attention).toBe("Tue 3 Nov 2026 has already passed — which dates would suit you instead?");
  });

  it("passes on the model's own attention sentence", async () => {
    const attention = "CallPilot can’t book a lawyer — which of the services it books do you need?";
    const model = modelStreaming(modelOutput({}, "I can’t book lawyers.", attention));
    const result = await createLlmIntakeModel({ name: "openai", model }).runTurn(
      turnInput({ message: "a lawyer" }),
    ).result;
    expect(result.attention).toBe(attention);
  });

  it("settles its result even when nobody reads the stream", async () => {
    const model = modelStreaming(modelOutput({ timeframe: "tomorrow" }, "Tomorrow, then."));
    const result = await createLlmIntakeModel({ name: "gemini", model }).runTurn(
      turnInput({ message: "tomorrow" }),
    ).result;
    expect(result).toMatchObject({ reply: "Tomorrow, then.", request: { timeframe: "tomorrow" } });
  });
});

describe("the LLM intake model in the person's language", () => {
  const unreachable = () =>
    new MockLanguageModelV3({
      doStream: async () => {
        throw new Error("getaddrinfo ENOTFOUND api.openai.com");
      },
    });

  it("keeps the language the model detected, with its reply in that language", async () => {
    const reply = "C’est noté : un dentiste à Lyon la semaine prochaine.";
    const model = modelStreaming(
      modelOutput(
        { service_type: "dentist", location: "Lyon", timeframe: "next week", language: "fr" },
        reply,
      ),
    );
    const input = turnInput({ message: "Un dentiste à Lyon la semaine prochaine", timeZone: "Europe/Paris" });
    const result = await createLlmIntakeModel({ name: "openai", model }).runTurn(input).result;
    expect(result.modelFailed).toBeUndefined();
    expect(result.reply).toBe(reply);
    expect(result.request).toMatchObject({ language: "fr", location: "Lyon", timeframe: "next week" });
  });

  it("keeps the task's language when the model returns none", async () => {
    const model = modelStreaming(modelOutput({ location: "Sevilla", language: null }, "Entendido: Sevilla."));
    const input = turnInput({ current: { ...emptyBookingRequest, language: "es" }, message: "Sevilla" });
    const result = await createLlmIntakeModel({ name: "gemini", model }).runTurn(input).result;
    expect(result.request).toMatchObject({ language: "es", location: "Sevilla" });
  });

  // The same phrasing tables as the offline extractor's: when the model cannot be reached, each is still understood.
  describe.each([
    ["English", english],
    ["Spanish", spanish],
    ["French", french],
    ["German", german],
  ])("an unreachable model, in %s", (_, { single, zone }) => {
    it.each(single)("%s", async (_, { says, expected }) => {
      const input = turnInput({ message: says[0] as string, now: fixedClock(zone), timeZone: zone });
      const result = await createLlmIntakeModel({ name: "gemini", model: unreachable() }).runTurn(input)
        .result;
      expect(result.modelFailed).toBe(true);
      expect(result.request).toMatchObject(expected);
    });
  });
});
