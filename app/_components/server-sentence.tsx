// A sentence CallPilot wrote on the server, in English (a call's summary, a booking's reason, why a business was
// skipped): on a page in another language it is shown as written, marked as English and labelled so, like a
// transcript line spoken in another language than the page's.
"use client";

import { useLocale } from "next-intl";
import { LanguageLabel } from "./language-label";

export function ServerSentence({ text }: { text: string }) {
  const locale = useLocale();
  if (locale === "en") return text;
  return (
    <>
      <span lang="en">{text}</span>
      <LanguageLabel language="en" testId="sentence-language" />
    </>
  );
}
