// "en francés", "auf Englisch": the small label beside words shown in another language than the page's, naming it
// in the page's language with the browser's own names for languages (Intl.DisplayNames).
"use client";

import { useLocale, useTranslations } from "next-intl";
import { languageName } from "./language-name";

export function LanguageLabel({ language, testId }: { language: string; testId: string }) {
  const t = useTranslations("provider");
  const locale = useLocale();
  const name = languageName(language, locale);
  return (
    <span data-testid={testId} className="ml-1.5 text-[11px] text-slate-400">
      {t("spokenIn", { language: name })}
    </span>
  );
}
