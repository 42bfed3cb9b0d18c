// A sentence's values made ready for its message, on the server (its English text) and in the browser (the page's
// language): kept apart from sentence.ts so a page does not load the English messages and the call lines to do it.
import type { SentenceTime, SentenceValues } from "./sentence-schema";

/**
 * The values ready for the message: each time worded by `wordTime`, a list of times joined by "or" in the
 * language (Intl.ListFormat); strings and numbers as they are.
 */
export function wordValues(
  values: SentenceValues,
  locale: string,
  wordTime: (time: SentenceTime) => string,
): Record<string, string | number> {
  const list = new Intl.ListFormat(locale, { type: "disjunction" });
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      Array.isArray(value)
        ? list.format(value.map(wordTime))
        : typeof value === "object"
          ? wordTime(value)
          : value,
    ]),
  );
}
