// A call's transcript as it arrives: CallPilot's agent on one side, the business on the other; a line spoken in
// another language than the person's (a business abroad) says which.
"use client";

import { useTranslations } from "next-intl";
import { Fragment, useEffect, useRef } from "react";
import { callLanguageNames } from "@/lib/providers/provider-language";
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
  const agent = line.role === "agent";
  const note = line.role === "system";
  return (
    <li data-testid="transcript-line" data-role={line.role} className="flex gap-2">
      <span
        className={`w-[4.75rem] shrink-0 pt-px text-[11px] font-semibold tracking-wide uppercase ${
          agent ? "text-indigo-600" : note ? "text-amber-600" : "text-slate-400"
        }`}
      >
        {agent ? "CallPilot" : note ? t("note") : t("business")}
      </span>
      <span className={agent ? "text-slate-800" : note ? "text-amber-800" : "text-slate-600 italic"}>
        {line.text}
        {line.language && line.language !== "en" && (
          <span data-testid="transcript-language" className="ml-1.5 text-[11px] text-slate-400 not-italic">
            in {callLanguageNames[line.language]}
          </span>
        )}
      </span>
    </li>
  );
}
