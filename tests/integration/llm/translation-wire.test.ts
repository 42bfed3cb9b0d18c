// The transcript translator against a local server that speaks OpenAI's Responses API (the wire format the AI SDK's
// OpenAI provider uses): what CallPilot sends (the model, the instructions, the lines as data, a JSON schema for
// the answer, an output cap) and how it reads the answer and the usage it reports.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createOpenAI } from "@ai-sdk/openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLlmTranscriptTranslator } from "@/lib/calls/translation/transcript-translator";

interface Received {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

const received: Received[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: {} };
let server: http.Server;
let baseURL: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let text = "";
    request.on("data", (chunk) => (text += chunk));
    request.on("end", () => {
      received.push({
        path: request.url ?? "",
        authorization: request.headers.authorization,
        body: JSON.parse(text) as Record<string, unknown>,
      });
      response.writeHead(answer.status, { "content-type": "application/json" });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function responsesAnswer(outputText: string) {
  return {
    id: "resp_0123",
    object: "response",
    created_at: 1_764_000_000,
    status: "completed",
    model: "gpt-4.1-mini-2025-04-14",
    output: [
      {
        type: "message",
        id: "msg_0123",
        status: "completed",
        role: "assistant",
        content: [{ type: "output_text", text: outputText, annotations: [] }],
      },
    ],
    usage: {
      input_tokens: 212,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: 38,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: 250,
    },
  };
}

function translator() {
  const openai = createOpenAI({ apiKey: "sk-test-key", baseURL });
  return createLlmTranscriptTranslator({ name: "openai", model: openai("gpt-4.1-mini") });
}

describe("translating through OpenAI's Responses API (local stub)", () => {
  it("sends the lines as data with a JSON schema and an output cap, and reads the translations and usage", async () => {
    received.length = 0;
    answer = {
      status: 200,
      body: responsesAnswer(
        JSON.stringify({ translations: ["Dental Office of the Marais, hello.", "We have Tuesday at 9:30."] }),
      ),
    };
    const lines = [
      { speaker: "business" as const, text: "Cabinet Dentaire du Marais, bonjour." },
      { speaker: "business" as const, text: "Nous avons mardi à 9 h 30." },
    ];
    const result = await translator().translate(lines, "en");
    expect(result).toEqual({
      texts: ["Dental Office of the Marais, hello.", "We have Tuesday at 9:30."],
      tokensUsed: 250,
    });

    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request.path).toBe("/v1/responses");
    expect(request.authorization).toBe("Bearer sk-test-key");
    expect(request.body.model).toBe("gpt-4.1-mini");
    expect(request.body.max_output_tokens).toBeGreaterThan(0);
    const format = (request.body.text as { format: Record<string, unknown> }).format;
    expect(format).toMatchObject({ type: "json_schema", name: "transcript_translations" });
    expect(JSON.stringify(format.schema)).toContain("translations");
    const sent = JSON.stringify(request.body.input);
    expect(sent).toContain("into English");
    expect(sent).toContain("Nous avons mardi à 9 h 30.");
  });

  it("a server error reaches the caller (no translation is kept), after one retry", async () => {
    received.length = 0;
    answer = { status: 500, body: { error: { message: "The server had an error", type: "server_error" } } };
    await expect(
      translator().translate([{ speaker: "business", text: "Guten Tag." }], "es"),
    ).rejects.toThrow();
    expect(received).toHaveLength(2);
  });
});
