// One provider's call, live: who they are, the call's state and time, the transcript, offers and what they need.
"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ProviderResult } from "@/lib/booking/booking-view";
import { formatClock } from "@/app/_components/format-time";
import type { CallActivity } from "./call-activity";
import { isCallLive } from "./booking-progress";
import { CallStatusBadge } from "./call-status-badge";
import { CallTimer } from "./call-timer";
import { HandoverNote } from "./handover-note";
import { HoldNote } from "./hold-note";
import { OfferedSlots } from "./offered-slots";
import { ProviderFacts } from "./provider-facts";
import { TranscriptLines } from "./transcript-lines";
import { ServerSentence } from "@/app/_components/server-sentence";

export function ProviderCard({ result, activity }: { result: ProviderResult; activity: CallActivity }) {
  const t = useTranslations("provider");
  const locale = useLocale();
  const live = isCallLive(result.call_status);
  const retryAt = result.call_status === "scheduled" ? result.next_attempt_at : null;
  return (
    <article
      data-testid="provider-card"
      data-provider-name={result.provider_name}
      data-call-status={result.call_status}
      data-booked={result.booked}
      className={`flex flex-col gap-3 rounded-2xl border bg-white p-4 shadow-sm transition ${
        result.booked
          ? "border-emerald-300 ring-4 ring-emerald-50"
          : live
            ? "border-indigo-200"
            : "border-slate-200"
      }`}
    >
      <header className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="truncate font-semibold text-slate-900" title={result.provider_name}>
            {result.provider_name}
          </h3>
          <ProviderFacts result={result} />
        </div>
        <div className="flex flex-col items-end gap-1">
          <CallStatusBadge status={result.call_status} progress={activity.progress} />
          {retryAt ? (
            <span data-testid="next-attempt" className="text-xs whitespace-nowrap text-amber-700">
              {t("nextTry", { time: formatClock(retryAt, result.time_zone, true, locale) })}
            </span>
          ) : (
            <CallTimer startedAt={result.started_at} endedAt={result.ended_at} live={live} />
          )}
        </div>
      </header>

      <TranscriptLines lines={activity.transcript} />
      {live && activity.transcript.length === 0 && (
        <p className="rounded-xl bg-slate-50 p-3 text-sm text-slate-400">{t("waiting")}</p>
      )}

      <OfferedSlots
        slots={result.offered_slots}
        timeZone={result.time_zone}
        bookedStart={result.booked_slot?.start ?? null}
      />

      {result.requirements.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label={t("needs")}>
          {result.requirements.map((requirement) => (
            <li
              key={requirement}
              className="rounded-full bg-amber-50 px-2.5 py-0.5 text-xs text-amber-800 ring-1 ring-amber-200 ring-inset"
            >
              {requirement}
            </li>
          ))}
        </ul>
      )}
      {result.summary && (
        <p data-testid="call-summary" className="text-sm text-slate-600">
          <ServerSentence text={result.summary} sentence={result.summary_sentence} />
        </p>
      )}
      <HoldNote hold={result.hold} timeZone={result.time_zone} />
      <HandoverNote handover={result.handover} />
      {result.wait_reason && (
        <p data-testid="wait-reason" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
          <ServerSentence text={result.wait_reason} sentence={result.wait_sentence} />
        </p>
      )}
      {result.failure_reason && (
        <p data-testid="failure-reason" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-700">
          <ServerSentence text={result.failure_reason} sentence={result.failure_sentence} />
        </p>
      )}
      {activity.warnings.map((warning) => (
        <p key={warning.message} className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
          <ServerSentence text={warning.message} sentence={warning.sentence} />
        </p>
      ))}
    </article>
  );
}
