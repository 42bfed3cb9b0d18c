// A call's transcript as it arrives: CallPilot's agent on one side, the business on the other. A line spoken in
// another language than the page's (a business abroad, or a person reading in their own language) says which, in the
// page's language, with its translation beneath once one has arrived.
"use client";

import { useLocale, useTranslations } from "next-intl";
import { Fragment, useEffect, useRef } from "react";
import { LanguageLabel } from "@/app/_components/language-label";
import { ServerSentence } from "@/app/_components/server-sentence";
import { spokenLanguage, type CallLanguage } from "@/lib/providers/provider-language";
import type { TranscriptLine } from "./call-activity";

export function TranscriptLines({ lines }: { lines: TranscriptLine[] }) {
  const t = useTranslations("provider");
  const boxRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    // Follow the newest line inside the box without scrolling the page.
    const box = boxRef.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [lines.length]);

  if (lines.length === 0) return null;
  const callNumbers = new Map<string, number>();
  for (const line of lines)
    if (!callNumbers.has(line.callId)) callNumbers.set(line.callId, callNumbers.size + 1);
  return (
    <ol
      ref={boxRef}
      data-testid="transcript"
      className="max-h-72 space-y-1.5 overflow-y-auto rounded-xl bg-slate-50 p-3 text-sm"
    >
      {lines.map((line, index) => (
        <Fragment key={line.id}>
          {callNumbers.size > 1 && line.callId !== lines[index - 1]?.callId && (
            <li
              aria-hidden="true"
              className="flex items-center gap-2 py-1 text-[11px] font-medium text-slate-400"
            >
              <span className="h-px flex-1 bg-slate-200" />
              {t("callN", { number: callNumbers.get(line.callId) ?? 0 })}
              <span className="h-px flex-1 bg-slate-200" />
            </li>
          )}
          <TranscriptLineItem line={line} />
        </Fragment>
      ))}
    </ol>
  );
}

function TranscriptLineItem({ line }: { line: TranscriptLine }) {
  const t = useTranslations("provider");
  const locale = useLocale() as CallLanguage;
  const agent = line.role === "agent";
  const note = line.role === "system";
  // A note CallPilot wrote is said in the page's language; a spoken line keeps the language it was spoken in.
  const spoken = line.sentence ? locale : spokenLanguage(line);
  const foreign = spoken !== locale;
  const translation = foreign ? line.translations?.[locale] : undefined;
  return (
    <li data-testid="transcript-line" data-role={line.role} data-language={spoken} className="flex gap-2">
      <span
        className={`w-[4.75rem] shrink-0 pt-px text-[11px] font-semibold tracking-wide uppercase ${
          agent ? "text-indigo-600" : note ? "text-amber-600" : "text-slate-400"
        }`}
      >
        {agent ? "CallPilot" : note ? t("note") : t("business")}
      </span>
      <span className="min-w-0">
        <span
          lang={spoken}
          data-testid="transcript-text"
          className={agent ? "text-slate-800" : note ? "text-amber-800" : "text-slate-600 italic"}
        >
          {line.sentence ? <ServerSentence text={line.text} sentence={line.sentence} /> : line.text}
        </span>
        {foreign && <LanguageLabel language={spoken} testId="transcript-language" />}
        {translation && (
          <span
            lang={locale}
            data-testid="transcript-translation"
            className="mt-0.5 block border-l-2 border-slate-200 pl-2 text-slate-500"
          >
            <span className="sr-only">{t("translation")}: </span>
            {translation}
          </span>
        )}
      </span>
    </li>
  );
}
