// A stored sentence said in a reader's language: its message from `serverSentences`, its times worded by the
// caller (a page formats them as its other times), a sentence it quotes said the same way. Pages (ServerSentence),
// the server's answers to a request in its language (i18n/request-sentence.ts) and tests say sentences this way.
import type { Sentence, SentenceTime } from "./sentence-schema";
import { wordValues } from "./word-values";

/** The translator of the `serverSentences` namespace, as next-intl's useTranslations and createTranslator give it. */
export interface SentenceTranslator {
  has: (key: never) => boolean;
  (key: never, values: Record<string, string | number>): string;
}

/**
 * The sentence in `locale`, or null when this build does not know its key or the key of a sentence it quotes (an
 * older or newer row): the caller then shows the English text.
 */
export function saySentence(
  said: Sentence,
  locale: string,
  t: SentenceTranslator,
  wordTime: (time: SentenceTime) => string,
): string | null {
  const key = said.key as never;
  if (!t.has(key)) return null;
  let known = true;
  const values = wordValues(said.values, locale, {
    time: wordTime,
    sentence: (quoted) => saySentence(quoted, locale, t, wordTime) ?? ((known = false), ""),
  });
  return known ? t(key, values) : null;
}
