// A sentence CallPilot wrote (an error a person meets) said in the language of the request that asked: the same
// negotiation as the pages (the `locale` cookie, else Accept-Language, else English), so a form or a fetch from a
// Spanish page is answered in Spanish, and an API client that asks for no language gets the English text.
import { DateTime } from "luxon";
import { saySentence, type SentenceTranslator } from "@/lib/sentences/say-sentence";
import type { Sentence } from "@/lib/sentences/sentence-schema";
import { requestLocale } from "./locales";
import { translatorFor } from "./server-translator";

/** The sentence in the request's language with that language's tag; null when English (or a key this build lacks). */
export async function sayForRequest(
  headers: Headers,
  said: Sentence,
): Promise<{ text: string; locale: string } | null> {
  const locale = requestLocale(headers);
  if (locale === "en") return null;
  const t = await translatorFor(locale, "serverSentences");
  const text = saySentence(said, locale, t as unknown as SentenceTranslator, (time) =>
    DateTime.fromISO(time.instant, { zone: time.zone, locale }).toLocaleString(
      DateTime.DATETIME_MED_WITH_WEEKDAY,
    ),
  );
  return text === null ? null : { text, locale };
}
