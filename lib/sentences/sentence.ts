// A sentence CallPilot writes for a person — a call's summary, why a slot does not fit, why a business was skipped,
// why a booking stopped — kept as its message key and values (messages/<locale>.json, `serverSentences`), so each
// page says it in its reader's language; its English text is kept beside it for the admin area, logs and the API.
// A time inside a sentence is kept as the instant and the business's zone, and each language words it its own way.
import { DateTime } from "luxon";
import { createTranslator } from "next-intl";
import english from "@/messages/en.json";
import { spokenLines } from "@/prompts/languages/spoken-lines";
import type { Sentence, SentenceTime, SentenceValues } from "./sentence-schema";
import { wordValues } from "./word-values";

export type { Sentence, SentenceTime, SentenceValues } from "./sentence-schema";

export type SentenceKey = keyof (typeof english)["serverSentences"];

/** A sentence as producers store it: its English text beside the sentence itself. */
export interface WrittenSentence {
  text: string;
  sentence: Sentence;
}

/** The sentence `key` with its values, and its English text: what producers store side by side. */
export function sentence(key: SentenceKey, values: SentenceValues = {}): WrittenSentence {
  const written: Sentence = { key, values };
  return { text: inEnglish(written), sentence: written };
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
  const values = wordValues(written.values, "en", (time) =>
    DateTime.fromISO(time.instant, { zone: time.zone, locale: "en" }).toFormat(spokenLines("en").slotFormat),
  );
  return translateEnglish(written.key, values);
}
