// A stored sentence (lib/sentences) said in a page's language: its message from `serverSentences`, its times in the
// business's zone as the page formats times, a sentence it quotes said the same way. Kept apart from the component
// so tests can say a sentence in any language without rendering.
import type { Sentence } from "@/lib/sentences/sentence-schema";
import { wordValues } from "@/lib/sentences/word-values";
import { formatDateTime } from "./format-time";

/** The translator of the `serverSentences` namespace, as next-intl's useTranslations and createTranslator give it. */
export interface SentenceTranslator {
  has: (key: never) => boolean;
  (key: never, values: Record<string, string | number>): string;
}

/**
 * The sentence in `locale`, or null when this build does not know its key or the key of a sentence it quotes (an
 * older or newer row): the caller then shows the English text.
 */
export function saySentence(said: Sentence, locale: string, t: SentenceTranslator): string | null {
  const key = said.key as never;
  if (!t.has(key)) return null;
  let known = true;
  const values = wordValues(said.values, locale, {
    time: (time) => formatDateTime(time.instant, time.zone, locale),
    sentence: (quoted) => saySentence(quoted, locale, t) ?? ((known = false), ""),
  });
  return known ? t(key, values) : null;
}
