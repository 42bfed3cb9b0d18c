// A sentence CallPilot wrote on the server (a call's summary or failure, why a slot does not fit, why a business was
// skipped, what became of a cancellation): said in the page's language when it came with its sentence
// (lib/sentences/say-sentence.ts), its times in the business's zone.
// Without one (an older row, a summary the ElevenLabs agent wrote) it is shown as written, marked as English and
// labelled so, like a transcript line spoken in another language than the page's.
"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Sentence } from "@/lib/sentences/sentence-schema";
import { saySentence, type SentenceTranslator } from "@/lib/sentences/say-sentence";
import { formatDateTime } from "./format-time";
import { LanguageLabel } from "./language-label";

export function ServerSentence({ text, sentence }: { text: string; sentence?: Sentence | null }) {
  const locale = useLocale();
  const t = useTranslations("serverSentences");
  if (locale === "en") return text;
  // A key this build does not know (an older or newer row) falls back to the English text.
  const inPageLanguage = sentence
    ? saySentence(sentence, locale, t as unknown as SentenceTranslator, (time) =>
        formatDateTime(time.instant, time.zone, locale),
      )
    : null;
  if (inPageLanguage !== null) return inPageLanguage;
  return (
    <>
      <span lang="en">{text}</span>
      <LanguageLabel language="en" testId="sentence-language" />
    </>
  );
}
