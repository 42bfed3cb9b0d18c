// The booking page's translations (issue 17) through POST /api/booking/{id}/transcript-translations: the lines not
// spoken in the asked language are translated once, written to the booking's log as transcript_translated events (so
// the live stream and the next first render carry them), paid from the person's daily token budget; offline, over
// budget or when the model fails nothing is written and the lines stay as spoken.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as postTranslations } from "@/app/api/booking/[id]/transcript-translations/route";
import { listCallEventsOfTypes, recordCallEvents, type NewCallEvent } from "@/db/call-events";
import { seedDemoDirectory } from "@/db/providers";
import { readUsage } from "@/db/usage-counters";
import { fixedClock } from "@/lib/clock";
import { failedTurnTokens } from "@/lib/guardrails/token-budget";
import type { LineToTranslate, TranscriptTranslator } from "@/lib/calls/translation/transcript-translator";
import { maxLinesPerTranslation } from "@/lib/calls/translation/translate-transcript";
import type { CallLanguage } from "@/lib/providers/provider-language";
import { overrideRuntime } from "@/lib/runtime";
import { jsonRequest, params } from "./helpers";
import { useEnv } from "./guardrails/support";
import { bookingWithLiveCall, signedInPerson, type Person } from "./support/live-questions";

const clock = fixedClock("2026-11-26T15:00:00Z");
let restoreRuntime: (() => void) | null = null;

beforeAll(async () => {
  await seedDemoDirectory();
});

afterEach(() => {
  restoreRuntime?.();
  restoreRuntime = null;
  useEnv({ LLM_TOKENS_PER_PERSON_PER_DAY: "60000" });
});

/** A translator that tags each line with the target language, and remembers what it was given. */
function taggingTranslator(
  options: { fails?: boolean; tokensUsed?: number; estimate?: number } = {},
): TranscriptTranslator & { batches: LineToTranslate[][] } {
  const batches: LineToTranslate[][] = [];
  return {
    name: "gemini",
    batches,
    estimateTokens: (lines) => options.estimate ?? lines.length * 50,
    async translate(lines, to) {
      batches.push([...lines]);
      if (options.fails) throw new Error("the provider timed out");
      return { texts: lines.map((line) => `[${to}] ${line.text}`), tokensUsed: options.tokensUsed };
    },
  };
}

function useTranslator(translator: TranscriptTranslator | null) {
  restoreRuntime = overrideRuntime({ clock, transcriptTranslator: translator });
}

/** A call to a Paris business, in French, with one of CallPilot's notes (in English) in the middle. */
async function frenchCall(owner: Person): Promise<{ bookingId: string; callId: string; seqs: number[] }> {
  const { bookingId, callId } = await bookingWithLiveCall(owner);
  const line = (
    role: "agent" | "business" | "system",
    text: string,
    language?: CallLanguage,
  ): NewCallEvent => ({
    bookingId,
    callId,
    type: "transcript",
    payload: { role, text, ...(language ? { language } : {}) },
    at: clock.now(),
  });
  const written = await recordCallEvents([
    line("business", "Cabinet Dentaire du Marais, bonjour.", "fr"),
    line("agent", "Bonjour, je suis un assistant IA et j'appelle pour Sam Lee.", "fr"),
    line("system", "The client answered “Date of birth?”: 4 May 1990"),
    line("business", "Nous avons mardi à 9 h 30.", "fr"),
  ]);
  return { bookingId, callId, seqs: written.map((event) => event.seq) };
}

async function askTranslation(person: Person | null, bookingId: string, language: unknown) {
  const response = await postTranslations(
    jsonRequest(`/api/booking/${bookingId}/transcript-translations`, {
      cookie: person?.cookie,
      body: { language },
    }),
    params({ id: bookingId }),
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function translationsOf(bookingId: string) {
  const events = await listCallEventsOfTypes(bookingId, ["transcript_translated"]);
  return events.flatMap((event) => (event.type === "transcript_translated" ? [event.payload] : []));
}

async function tokensToday(userId: string): Promise<number> {
  return (await readUsage(userId, "2026-11-26", ["person_llm_tokens"])).person_llm_tokens;
}

describe("POST /api/booking/{id}/transcript-translations", () => {
  it("translates every line not in the asked language once, into the log and the answer, charged to the person", async () => {
    const owner = await signedInPerson();
    const { bookingId, callId, seqs } = await frenchCall(owner);
    const translator = taggingTranslator({ tokensUsed: 120 });
    useTranslator(translator);

    const first = await askTranslation(owner, bookingId, "es");
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ state: "translated", translated: 4, remaining: 0 });
    expect(await translationsOf(bookingId)).toEqual([
      { of_seq: seqs[0], language: "es", text: "[es] Cabinet Dentaire du Marais, bonjour." },
      {
        of_seq: seqs[1],
        language: "es",
        text: "[es] Bonjour, je suis un assistant IA et j'appelle pour Sam Lee.",
      },
      { of_seq: seqs[2], language: "es", text: "[es] The client answered “Date of birth?”: 4 May 1990" },
      { of_seq: seqs[3], language: "es", text: "[es] Nous avons mardi à 9 h 30." },
    ]);
    // The answer carries the events in the stream's shape, on the line's call, for a page whose stream has closed.
    const events = first.json.events as Array<Record<string, unknown>>;
    expect(events).toHaveLength(4);
    expect(events[0]).toMatchObject({
      type: "transcript_translated",
      call_id: callId,
      payload: { of_seq: seqs[0] },
    });
    expect(await tokensToday(owner.userId)).toBe(120);

    // Asked again: nothing left to translate, the model is not asked, nothing more is charged.
    const again = await askTranslation(owner, bookingId, "es");
    expect(again.json).toMatchObject({ state: "translated", translated: 0, remaining: 0, events: [] });
    expect(translator.batches).toHaveLength(1);
    expect(await tokensToday(owner.userId)).toBe(120);
  });

  it("into French, only the line not spoken in French: CallPilot's English note", async () => {
    const owner = await signedInPerson();
    const { bookingId, seqs } = await frenchCall(owner);
    const translator = taggingTranslator();
    useTranslator(translator);
    const answer = await askTranslation(owner, bookingId, "fr");
    expect(answer.json).toMatchObject({ state: "translated", translated: 1 });
    expect(translator.batches[0]).toEqual([
      { speaker: "system", text: "The client answered “Date of birth?”: 4 May 1990" },
    ]);
    expect((await translationsOf(bookingId)).map((t) => t.of_seq)).toEqual([seqs[2]]);
    // A provider that reported no usage is charged its whole reservation.
    expect(await tokensToday(owner.userId)).toBe(50);
  });

  it("a long transcript goes in batches: the answer says how many lines still wait", async () => {
    const owner = await signedInPerson();
    const { bookingId, callId } = await bookingWithLiveCall(owner);
    const lineCount = maxLinesPerTranslation + 5;
    await recordCallEvents(
      Array.from({ length: lineCount }, (_, index) => ({
        bookingId,
        callId,
        type: "transcript" as const,
        payload: { role: "business" as const, text: `Ligne ${index + 1}`, language: "fr" as const },
        at: clock.now(),
      })),
    );
    useTranslator(taggingTranslator());
    const first = await askTranslation(owner, bookingId, "en");
    expect(first.json).toMatchObject({ translated: maxLinesPerTranslation, remaining: 5 });
    const second = await askTranslation(owner, bookingId, "en");
    expect(second.json).toMatchObject({ translated: 5, remaining: 0 });
    expect(await translationsOf(bookingId)).toHaveLength(lineCount);
  });

  it("offline (no LLM): nothing is translated or charged, and the answer says so", async () => {
    const owner = await signedInPerson();
    const { bookingId } = await frenchCall(owner);
    useTranslator(null);
    const answer = await askTranslation(owner, bookingId, "en");
    expect(answer.json).toMatchObject({ state: "offline", translated: 0, remaining: 3 });
    expect(await translationsOf(bookingId)).toEqual([]);
    expect(await tokensToday(owner.userId)).toBe(0);
  });

  it("over the day's token budget: the model is not asked and nothing is written", async () => {
    useEnv({ LLM_TOKENS_PER_PERSON_PER_DAY: "100" });
    const owner = await signedInPerson();
    const { bookingId } = await frenchCall(owner);
    const translator = taggingTranslator({ estimate: 500 });
    useTranslator(translator);
    const answer = await askTranslation(owner, bookingId, "en");
    expect(answer.json).toMatchObject({ state: "over_budget", translated: 0, remaining: 3 });
    expect(translator.batches).toEqual([]);
    expect(await translationsOf(bookingId)).toEqual([]);
    expect(await tokensToday(owner.userId)).toBe(0);
  });

  it("a failing model writes nothing and is charged the failed-turn floor", async () => {
    const owner = await signedInPerson();
    const { bookingId } = await frenchCall(owner);
    useTranslator(taggingTranslator({ fails: true }));
    const answer = await askTranslation(owner, bookingId, "en");
    expect(answer.json).toMatchObject({ state: "failed", translated: 0, remaining: 3 });
    expect(await translationsOf(bookingId)).toEqual([]);
    expect(await tokensToday(owner.userId)).toBe(failedTurnTokens);
  });

  it("only the booking's owner: another person gets 404, no session 401, a language CallPilot lacks 400", async () => {
    const owner = await signedInPerson();
    const { bookingId } = await frenchCall(owner);
    const translator = taggingTranslator();
    useTranslator(translator);
    expect((await askTranslation(await signedInPerson(), bookingId, "en")).status).toBe(404);
    expect((await askTranslation(null, bookingId, "en")).status).toBe(401);
    const unknown = await askTranslation(owner, bookingId, "it");
    expect(unknown.status).toBe(400);
    expect(translator.batches).toEqual([]);
    expect(await translationsOf(bookingId)).toEqual([]);
  });
});
