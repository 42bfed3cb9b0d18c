// A sentence CallPilot wrote on the server, in English (a call's summary, a booking's reason, why a business was
// skipped): on a page in another language it is shown as written, marked as English and labelled so, like a
// transcript line spoken in another language than the page's.
"use client";

import { useLocale, useTranslations } from "next-intl";

export function ServerSentence({ text }: { text: string }) {
  const t = useTranslations("provider");
  const locale = useLocale();
  if (locale === "en") return text;
  return (
    <>
      <span lang="en">{text}</span>
      <span data-testid="sentence-language" className="ml-1.5 text-[11px] text-slate-400">
        {t("spokenIn", {
          language: new Intl.DisplayNames([locale], { type: "language" }).of("en") ?? "English",
        })}
      </span>
    </>
  );
}
