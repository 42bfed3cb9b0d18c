// A sentence CallPilot wrote on the server (a call's summary, why a slot does not fit, why a business was skipped):
// said in the page's language when it came with its sentence (lib/sentences), its times in the business's zone.
// Without one (an older row, a summary the ElevenLabs agent wrote) it is shown as written, marked as English and
// labelled so, like a transcript line spoken in another language than the page's.
"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Sentence } from "@/lib/sentences/sentence-schema";
import { wordValues } from "@/lib/sentences/word-values";
import { formatDateTime } from "./format-time";
import { LanguageLabel } from "./language-label";

export function ServerSentence({ text, sentence }: { text: string; sentence?: Sentence | null }) {
  const locale = useLocale();
  const t = useTranslations("serverSentences");
  if (locale === "en") return text;
  // The key comes from the server's stored row: one this build does not know falls back to the English text.
  const key = sentence?.key as Parameters<typeof t>[0] | undefined;
  if (sentence && key && t.has(key)) {
    return t(
      key,
      wordValues(sentence.values, locale, (time) => formatDateTime(time.instant, time.zone, locale)),
    );
  }
  return (
    <>
      <span lang="en">{text}</span>
      <LanguageLabel language="en" testId="sentence-language" />
    </>
  );
}
