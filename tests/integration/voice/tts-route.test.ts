// POST /api/tts: authenticated, rate-limited, 400 on empty or over-long text, 503 with a sentence without ElevenLabs,
// ElevenLabs' streamed audio bytes passed through as they come, and the daily read-aloud allowances per person, per
// client IP and for everyone (429 with Retry-After until the next UTC midnight).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as tts } from "@/app/api/tts/route";
import { readUsage } from "@/db/usage-counters";
import { fixedClock } from "@/lib/clock";
import { peerAddressHeader } from "@/lib/http/peer-address";
import { overrideRuntime } from "@/lib/runtime";
import { startElevenLabsStub, type ElevenLabsStub } from "../../support/elevenlabs-stub/server";
import { speechAudioBytes } from "../../support/elevenlabs-stub/wire";
import { jsonRequest } from "../helpers";
import { dropEnv, personWithTask, stubApiKey, stubbedElevenLabs, useVoiceEnv } from "./voice-support";

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

describe("the daily read-aloud allowances", () => {
  // 15:00 UTC: nine hours until the allowances come back. Each test counts on a day of its own.
  // Set for one test only; the allowances not named keep their defaults. The per-minute limits are another
  // test's: only the daily allowances count here.
  const allowanceKeys = [
    "TTS_MAX_CHARACTERS",
    "TTS_CHARACTERS_PER_PERSON_PER_DAY",
    "TTS_CHARACTERS_PER_IP_PER_DAY",
    "TTS_CHARACTERS_PER_DAY",
  ];
  function useAllowancesOn(day: string, allowances: Record<string, string>): () => void {
    dropEnv(allowanceKeys);
    useVoiceEnv({
      ...stubbedElevenLabs(stub.url),
      RATE_LIMITS: "off",
      TTS_MAX_CHARACTERS: "20",
      ...allowances,
    });
    const restoreRuntime = overrideRuntime({ clock: fixedClock(`${day}T15:00:00Z`) });
    return () => {
      restoreRuntime();
      dropEnv(allowanceKeys);
    };
  }

  async function speakFrom(ip: string, who: string, text: string): Promise<Response> {
    const response = await tts(
      jsonRequest("/api/tts", { cookie: who, body: { text }, headers: { [peerAddressHeader]: ip } }),
      undefined,
    );
    if (response.ok) await response.arrayBuffer();
    return response;
  }

  const readsBack =
    "Your browser's own voice can read replies until CallPilot's is back after midnight UTC (9 h 00 min from now).";

  it("refuses a person's text past their daily characters, saying how many are left, before asking ElevenLabs", async () => {
    const restore = useAllowancesOn("2026-12-01", {
      TTS_CHARACTERS_PER_PERSON_PER_DAY: "30",
      TTS_CHARACTERS_PER_IP_PER_DAY: "1000",
    });
    try {
      const { cookie: someone } = await personWithTask();
      expect((await speakFrom("203.0.113.10", someone, "a".repeat(20))).status).toBe(200);
      const asked = stub.speechRequests.length;
      const refused = await speakFrom("203.0.113.10", someone, "b".repeat(11));
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBe(String(9 * 3600));
      expect((await refused.json()).error).toBe(
        `You have had 20 of the 30 characters CallPilot's voice reads aloud for one person a day (10 are left; this text has 11). ${readsBack}`,
      );
      expect(stub.speechRequests.length).toBe(asked);
      expect((await speakFrom("203.0.113.10", someone, "c".repeat(10))).status).toBe(200);
      expect((await speakFrom("203.0.113.10", someone, "d")).status).toBe(429);
    } finally {
      restore();
    }
  });

  it("counts everyone on one network together, and not another network", async () => {
    const restore = useAllowancesOn("2026-12-02", {
      TTS_CHARACTERS_PER_PERSON_PER_DAY: "30",
      TTS_CHARACTERS_PER_IP_PER_DAY: "40",
    });
    try {
      const [first, second, elsewhere] = await Promise.all([
        personWithTask(),
        personWithTask(),
        personWithTask(),
      ]);
      expect((await speakFrom("198.51.100.7", first.cookie, "a".repeat(20))).status).toBe(200);
      expect((await speakFrom("198.51.100.7", second.cookie, "b".repeat(20))).status).toBe(200);
      const refused = await speakFrom("198.51.100.7", second.cookie, "c");
      expect(refused.status).toBe(429);
      expect((await refused.json()).error).toBe(
        `Your network has had 40 of the 40 characters CallPilot's voice reads aloud for one network a day. ${readsBack}`,
      );
      expect((await speakFrom("198.51.100.8", elsewhere.cookie, "d".repeat(20))).status).toBe(200);
    } finally {
      restore();
    }
  });

  it("stops reading aloud for everyone at the global daily characters", async () => {
    const restore = useAllowancesOn("2026-12-03", {
      TTS_CHARACTERS_PER_PERSON_PER_DAY: "30",
      TTS_CHARACTERS_PER_IP_PER_DAY: "40",
      TTS_CHARACTERS_PER_DAY: "50",
    });
    try {
      const people = await Promise.all([personWithTask(), personWithTask(), personWithTask()]);
      expect((await speakFrom("192.0.2.1", people[0].cookie, "a".repeat(20))).status).toBe(200);
      expect((await speakFrom("192.0.2.2", people[1].cookie, "b".repeat(20))).status).toBe(200);
      const refused = await speakFrom("192.0.2.3", people[2].cookie, "c".repeat(20));
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBe(String(9 * 3600));
      expect((await refused.json()).error).toBe(
        `CallPilot's voice has read aloud all it may today for everyone. ${readsBack}`,
      );
      expect((await speakFrom("192.0.2.3", people[2].cookie, "d".repeat(10))).status).toBe(200);
    } finally {
      restore();
    }
  });

  it("does not count text ElevenLabs refused to read", async () => {
    const restore = useAllowancesOn("2026-12-04", { ELEVENLABS_API_KEY: "a-wrong-key" });
    try {
      const { cookie: someone, userId } = await personWithTask();
      expect((await speakFrom("192.0.2.9", someone, "Hello")).status).toBe(503);
      const usage = await readUsage(userId, "2026-12-04", ["person_tts_characters"]);
      expect(usage.person_tts_characters).toBe(0);
    } finally {
      restore();
    }
  });
});
