// A stored sentence said as a page in `locale` says it (lib/sentences/say-sentence.ts with that language's message
// file, times as the page formats them), so a test can check what a Spanish or German reader sees without a browser.
import { createTranslator } from "next-intl";
import { formatDateTime } from "@/app/_components/format-time";
import { saySentence, type SentenceTranslator } from "@/lib/sentences/say-sentence";
import type { Sentence } from "@/lib/sentences/sentence-schema";
import german from "@/messages/de.json";
import spanish from "@/messages/es.json";
import french from "@/messages/fr.json";

const messages = { es: spanish, fr: french, de: german };

export function sayIn(locale: keyof typeof messages, sentence: Sentence): string | null {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "serverSentences" });
  return saySentence(sentence, locale, t as unknown as SentenceTranslator, (time) =>
    formatDateTime(time.instant, time.zone, locale),
  );
}
