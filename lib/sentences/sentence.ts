// A sentence CallPilot writes for a person — a call's summary, why a slot does not fit, why a business was skipped,
// why a booking stopped — kept as its message key and values (messages/<locale>.json, `serverSentences`), so each
// page says it in its reader's language; its English text is kept beside it for the admin area, logs and the API.
// A time inside a sentence is kept as the instant and the business's zone, and each language words it its own way.
import { DateTime } from "luxon";
import { createTranslator } from "next-intl";
import english from "@/messages/en.json";
import { spokenLines } from "@/prompts/languages/spoken-lines";
import type { Sentence, SentenceTime, SentenceValue } from "./sentence-schema";
import { wordValues } from "./word-values";

export type { Sentence, SentenceTime, SentenceValue, SentenceValues } from "./sentence-schema";

export type SentenceKey = keyof (typeof english)["serverSentences"];

/** A sentence as producers store it: its English text beside the sentence itself. */
export interface WrittenSentence {
  text: string;
  sentence: Sentence;
}

/**
 * The sentence `key` with its values, and its English text: what producers store side by side. A value may be
 * another written sentence, quoted inside this one (both are said in the reader's language).
 */
export function sentence(
  key: SentenceKey,
  values: Record<string, SentenceValue | WrittenSentence> = {},
): WrittenSentence {
  const written: Sentence = {
    key,
    values: Object.fromEntries(
      Object.entries(values).map(([name, value]) => [name, isWritten(value) ? value.sentence : value]),
    ),
  };
  return { text: inEnglish(written), sentence: written };
}

/**
 * A reason as a call or a booking stores it: a sentence CallPilot wrote, or words that came from elsewhere (a vendor's
 * error, the ElevenLabs agent's report, an event this build does not name), kept as they are and shown as English.
 */
export type StoredReason = WrittenSentence | { text: string; sentence: null };

/** Words from elsewhere, stored as a reason without a sentence. */
export function writtenElsewhere(text: string): StoredReason {
  return { text, sentence: null };
}

function isWritten(value: SentenceValue | WrittenSentence): value is WrittenSentence {
  return typeof value === "object" && "sentence" in value;
}

/** A time for a sentence: the instant, worded in the business's zone by each reader's language. */
export function sentenceTime(instant: Date | string, zone: string): SentenceTime {
  return { instant: typeof instant === "string" ? instant : instant.toISOString(), zone };
}

export function isKnownSentence(written: Sentence): written is Sentence & { key: SentenceKey } {
  return Object.hasOwn(english.serverSentences, written.key);
}

const translateEnglish = createTranslator({ locale: "en", messages: english, namespace: "serverSentences" });

/** The sentence in English, its times as the calls word them ("Tuesday 8 December at 09:00"). */
export function inEnglish(written: Sentence): string {
  if (!isKnownSentence(written)) return written.key;
  const values = wordValues(written.values, "en", {
    time: (time) =>
      DateTime.fromISO(time.instant, { zone: time.zone, locale: "en" }).toFormat(
        spokenLines("en").slotFormat,
      ),
    sentence: inEnglish,
  });
  return translateEnglish(written.key, values);
}
