// The booking page's translations (issue 17): the transcript lines of a booking that were spoken in another language
// than the one the person reads the page in, put into theirs by the LLM and written to the booking's log as
// transcript_translated events, so every open page gets them from the live stream and a reload finds them in its
// first render. Asked for by the page, not done on every line written, so a call costs no tokens and no extra write
// on its hot path unless someone is reading it in another language; each line is translated once per language.
import { getBookingForUser } from "@/db/bookings";
import { listCallEventsOfTypes, recordCallEvents, type CallEvent } from "@/db/call-events";
import type { Clock } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import { runWithinTokenBudget } from "@/lib/guardrails/token-budget";
import { logger } from "@/lib/logger";
import { needsTranslationInto, type CallLanguage } from "@/lib/providers/provider-language";
import { streamedCallEvent } from "@/lib/booking/booking-snapshot";
import type { StreamedCallEvent } from "@/lib/calls/call-event";
import type { LineToTranslate, TranscriptTranslator } from "./transcript-translator";
import { sentence } from "@/lib/sentences/sentence";

/** Lines translated per request at most: the page asks again for the rest. */
export const maxLinesPerTranslation = 40;

export type TranslationState =
  /** Lines were translated (or none needed it). */
  | "translated"
  /** No LLM is configured: the lines stay as spoken, labelled with their language. */
  | "offline"
  /** Today's LLM budget of the person is spent: no more translations until midnight UTC. */
  | "over_budget"
  /** The model failed: the page may ask again later. */
  | "failed";

export interface TranslationResult {
  state: TranslationState;
  translated: number;
  /** Lines still waiting for a translation into this language after this request. */
  remaining: number;
  /** The transcript_translated events written, as the stream sends them: a settled booking's page has no stream. */
  events: StreamedCallEvent[];
}

interface UntranslatedLine extends LineToTranslate {
  seq: number;
  callId: string | null;
}

export async function translateTranscript(
  input: { userId: string; bookingId: string; language: CallLanguage },
  deps: { translator: TranscriptTranslator | null; clock: Clock },
): Promise<TranslationResult> {
  const booking = await getBookingForUser(input.bookingId, input.userId);
  if (!booking) throw notFound(sentence("errorBookingNotFound"));
  const waiting = await untranslatedLines(booking.id, input.language);
  if (waiting.length === 0) return { state: "translated", translated: 0, remaining: 0, events: [] };
  if (!deps.translator) return { state: "offline", translated: 0, remaining: waiting.length, events: [] };

  const translator = deps.translator;
  const batch = waiting.slice(0, maxLinesPerTranslation);
  const lines = batch.map(({ speaker, text }) => ({ speaker, text }));
  let outcome: { value: string[] } | null;
  try {
    outcome = await runWithinTokenBudget(
      input.userId,
      translator.estimateTokens(lines, input.language),
      deps.clock.now(),
      async () => {
        const { texts, tokensUsed } = await translator.translate(lines, input.language);
        return { value: texts, tokensUsed };
      },
    );
  } catch (error) {
    logger.warn("translating a transcript failed; the lines stay as spoken", {
      bookingId: booking.id,
      model: translator.name,
      error,
    });
    return { state: "failed", translated: 0, remaining: waiting.length, events: [] };
  }
  if (!outcome) return { state: "over_budget", translated: 0, remaining: waiting.length, events: [] };

  const at = deps.clock.now();
  const written = await recordCallEvents(
    batch.map((line, index) => ({
      bookingId: booking.id,
      callId: line.callId,
      type: "transcript_translated" as const,
      payload: { of_seq: line.seq, language: input.language, text: outcome.value[index] },
      at,
    })),
  );
  return {
    state: "translated",
    translated: batch.length,
    remaining: waiting.length - batch.length,
    events: written.map(streamedCallEvent),
  };
}

/** The booking's lines not spoken in `language` and not yet translated into it, oldest first. */
async function untranslatedLines(bookingId: string, language: CallLanguage): Promise<UntranslatedLine[]> {
  const events = await listCallEventsOfTypes(bookingId, ["transcript", "transcript_translated"]);
  const translated = new Set(
    events.flatMap((event) =>
      event.type === "transcript_translated" && event.payload.language === language
        ? [event.payload.of_seq]
        : [],
    ),
  );
  return events.flatMap((event: CallEvent) =>
    event.type === "transcript" && needsTranslationInto(event.payload, language) && !translated.has(event.seq)
      ? [{ seq: event.seq, callId: event.callId, speaker: event.payload.role, text: event.payload.text }]
      : [],
  );
}
