// A sentence's values made ready for its message, on the server (its English text) and in the browser (the page's
// language): kept apart from sentence.ts so a page does not load the English messages and the call lines to do it.
import type { Sentence, SentenceTime, SentenceValue, SentenceValues } from "./sentence-schema";

/** How one language words a time and a quoted sentence. */
export interface Wording {
  time: (time: SentenceTime) => string;
  sentence: (quoted: Sentence) => string;
}

/**
 * The values ready for the message: each time worded by `wording.time`, a list of times joined by "or" in the
 * language (Intl.ListFormat), a quoted sentence said by `wording.sentence`; strings and numbers as they are.
 */
export function wordValues(
  values: SentenceValues,
  locale: string,
  wording: Wording,
): Record<string, string | number> {
  const list = new Intl.ListFormat(locale, { type: "disjunction" });
  const word = (value: SentenceValue): string | number => {
    if (Array.isArray(value)) return list.format(value.map(wording.time));
    if (typeof value !== "object") return value;
    return "key" in value ? wording.sentence(value) : wording.time(value);
  };
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, word(value)]));
}
