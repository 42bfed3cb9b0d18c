// A call's record, folded: its transcript line by line (a line spoken in another language than the page's says which,
// with the English translation when the person's page had one made), and its timeline of events, each with the time.
// The lines and the events' sentences are the call's record, shown as written.
import { getLocale, getTranslations } from "next-intl/server";
import type { AdminCallDetail } from "@/lib/admin/bookings/booking-detail";
import { formatClock } from "@/app/_components/format-time";
import { LanguageLabel } from "@/app/_components/language-label";
import { ServerSentence } from "@/app/_components/server-sentence";

export async function CallRecord({ call, timeZone }: { call: AdminCallDetail; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations("adminBookings.record"), getLocale()]);
  return (
    <div className="mt-3 grid gap-2 md:grid-cols-2">
      <details className="group rounded-xl border border-slate-200" data-testid="call-transcript-toggle">
        <summary className="flex cursor-pointer list-none items-center justify-between px-3 py-2 text-sm font-medium text-slate-700">
          {t("transcript", { count: call.transcript.length })}
          <span className="text-slate-400 transition group-open:rotate-180" aria-hidden="true">
            ▾
          </span>
        </summary>
        {call.transcript.length === 0 ? (
          <p className="border-t border-slate-100 px-3 py-2 text-sm text-slate-400">{t("nothingSaid")}</p>
        ) : (
          <ol
            className="max-h-80 space-y-1.5 overflow-y-auto border-t border-slate-100 p-3 text-sm"
            data-testid="admin-transcript"
          >
            {call.transcript.map((line) => (
              <li
                key={line.id}
                className="flex gap-2"
                data-testid="admin-transcript-line"
                data-role={line.role}
              >
                <span className="w-16 shrink-0 pt-px text-[11px] whitespace-nowrap text-slate-400 tabular-nums">
                  {formatClock(line.at, timeZone, false, locale)}
                </span>
                <span
                  className={`w-16 shrink-0 pt-px text-[11px] font-semibold uppercase ${line.role === "agent" ? "text-indigo-600" : "text-slate-400"}`}
                >
                  {line.role === "agent" ? "CallPilot" : line.role === "system" ? t("system") : t("business")}
                </span>
                <span className={line.role === "agent" ? "text-slate-800" : "text-slate-600"}>
                  <span lang={line.language}>{line.text}</span>
                  {line.language !== locale && (
                    <LanguageLabel language={line.language} testId="admin-transcript-language" />
                  )}
                  {line.translation && (
                    <span lang="en" className="mt-0.5 block border-l-2 border-slate-200 pl-2 text-slate-500">
                      {line.translation}
                    </span>
                  )}
                </span>
              </li>
            ))}
          </ol>
        )}
      </details>
      <details className="group rounded-xl border border-slate-200" data-testid="call-timeline-toggle">
        <summary className="flex cursor-pointer list-none items-center justify-between px-3 py-2 text-sm font-medium text-slate-700">
          {t("timeline", { count: call.timeline.length })}
          <span className="text-slate-400 transition group-open:rotate-180" aria-hidden="true">
            ▾
          </span>
        </summary>
        <ol
          className="max-h-80 space-y-1 overflow-y-auto border-t border-slate-100 p-3 text-sm"
          data-testid="call-timeline"
        >
          {call.timeline.map((event) => (
            <li key={event.id} className="flex gap-2">
              <span className="w-16 shrink-0 pt-px text-[11px] whitespace-nowrap text-slate-400 tabular-nums">
                {formatClock(event.at, timeZone, false, locale)}
              </span>
              <span className="text-slate-700" title={event.type}>
                <ServerSentence text={event.summary} sentence={event.summary_sentence} />
              </span>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
