// POST /api/tts: authenticated, rate-limited, 400 on empty or over-long text, 503 with a sentence without ElevenLabs,
// and ElevenLabs' streamed audio bytes passed through as they come.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as tts } from "@/app/api/tts/route";
import { startElevenLabsStub, type ElevenLabsStub } from "../../support/elevenlabs-stub/server";
import { speechAudioBytes } from "../../support/elevenlabs-stub/wire";
import { jsonRequest } from "../helpers";
import { personWithTask, stubApiKey, stubbedElevenLabs, useVoiceEnv } from "./voice-support";

let stub: ElevenLabsStub;
let cookie: string;

beforeAll(async () => {
  stub = await startElevenLabsStub({ apiKey: stubApiKey });
  ({ cookie } = await personWithTask());
});
afterAll(async () => {
  useVoiceEnv({ RATE_LIMITS: "off" });
  await stub.close();
});

const speak = (body: unknown, who: string | null = cookie) =>
  tts(jsonRequest("/api/tts", { cookie: who ?? undefined, body }), undefined);

describe("POST /api/tts", () => {
  it("answers 401 without a session", async () => {
    useVoiceEnv(stubbedElevenLabs(stub.url));
    const response = await speak({ text: "Hello" }, null);
    expect(response.status).toBe(401);
  });

  it("streams ElevenLabs' audio bytes through unchanged, in the configured voice and model", async () => {
    useVoiceEnv(
      stubbedElevenLabs(stub.url, {
        ELEVENLABS_TTS_VOICE_ID: "voice_sam",
        ELEVENLABS_TTS_MODEL_ID: "model_x",
      }),
    );
    const response = await speak({ text: "Your dentist is booked for Tuesday at 9." });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/mpeg");
    const chunks: Uint8Array[] = [];
    const reader = response.body!.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
    expect(Buffer.concat(chunks)).toEqual(speechAudioBytes("Your dentist is booked for Tuesday at 9."));
    expect(stub.speechRequests.at(-1)).toMatchObject({
      voiceId: "voice_sam",
      outputFormat: "mp3_44100_128",
      body: { text: "Your dentist is booked for Tuesday at 9.", model_id: "model_x" },
    });
  });

  it("refuses empty text with a 400", async () => {
    useVoiceEnv(stubbedElevenLabs(stub.url));
    const response = await speak({ text: "   " });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/no text to read aloud/);
  });

  it("refuses text over the limit with a 400 that says the limit, before asking ElevenLabs", async () => {
    useVoiceEnv(stubbedElevenLabs(stub.url, { TTS_MAX_CHARACTERS: "20" }));
    const before = stub.speechRequests.length;
    const response = await speak({ text: "x".repeat(21) });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe(
      "The text is too long to read aloud: 20 characters at most (got 21).",
    );
    expect(stub.speechRequests.length).toBe(before);
  });

  it("answers 503 with a sentence when ElevenLabs is not configured", async () => {
    useVoiceEnv({});
    const response = await speak({ text: "Hello" });
    expect(response.status).toBe(503);
    expect((await response.json()).error).toMatch(/not set up on this server/);
  });

  it("answers 503 without the vendor's words when ElevenLabs refuses the key", async () => {
    useVoiceEnv(stubbedElevenLabs(stub.url, { ELEVENLABS_API_KEY: "a-wrong-key" }));
    const response = await speak({ text: "Hello" });
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(text).toMatch(/refused CallPilot's API key/);
    expect(text).not.toContain("a-wrong-key");
  });

  it("limits how often one person may ask, with a 429 and Retry-After", async () => {
    useVoiceEnv({ ...stubbedElevenLabs(stub.url), RATE_LIMITS: "on", RATE_LIMIT_VOICE_PER_MINUTE: "2" });
    const { cookie: someone } = await personWithTask();
    for (const text of ["one", "two"]) {
      const allowed = await speak({ text }, someone);
      expect(allowed.status).toBe(200);
      await allowed.arrayBuffer();
    }
    const third = await speak({ text: "three" }, someone);
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
