// The top of the live page: what is being booked, the booking's state and reason, and how far the calls are.
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { BookingView } from "@/lib/booking/booking-view";
import { formatClockRange, formatDayWindow } from "@/app/_components/format-time";
import { BookingStatusPill } from "@/app/_components/booking-status-pill";
import { finishedCallCount } from "./booking-progress";
import { StopCalling } from "./stop-calling";
import type { Connection } from "./use-booking-events";
import { ServerSentence } from "@/app/_components/server-sentence";

export function BookingOverview({ view, connection }: { view: BookingView; connection: Connection }) {
  const t = useTranslations("booking");
  const services = useTranslations("services");
  const summary = useTranslations("summary");
  const locale = useLocale();
  const request = view.request;
  const service = request.service_type ? services(request.service_type) : t("appointment");
  const finished = finishedCallCount(view);
  const total = view.results.length;
  // The timeframe and preferred time are kept in the words the intake understood them in, which are English ("next
  // week", "morning"); a page in another language shows the clock hours they resolved to, beside the dates below.
  const inEnglish = locale === "en";
  const details = [
    inEnglish ? request.timeframe : null,
    inEnglish
      ? request.preferred_time
      : request.time_of_day && formatClockRange(request.time_of_day, locale, summary("midnight")),
    request.party_size ? t("people", { count: request.party_size }) : null,
    view.mode === "auto" ? t("modeAuto") : t("modeReview"),
  ].filter(Boolean);

  return (
    <section className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t("eyebrow")}</p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
            {service}
            {request.location && (
              <span className="text-slate-500">{t("inLocation", { location: request.location })}</span>
            )}
          </h1>
          <p data-testid="booking-details" className="mt-1 text-sm text-slate-600">
            {details.join(" · ")}
          </p>
          {request.window && (
            <p className="mt-0.5 text-xs text-slate-400">
              {formatDayWindow(request.window, view.time_zone, locale)}
            </p>
          )}
        </div>
        <div className="flex shrink-0 flex-col items-start gap-2 sm:items-end">
          <BookingStatusPill status={view.status} />
          <ConnectionNote connection={connection} />
          <StopCalling view={view} />
        </div>
      </div>
      {view.status_reason && (
        <p
          data-testid="status-reason"
          className="mt-4 rounded-xl bg-slate-50 px-3.5 py-2.5 text-sm text-slate-700"
        >
          <ServerSentence text={view.status_reason} sentence={view.status_reason_sentence} />
        </p>
      )}
      {total > 0 && (
        <div className="mt-5">
          <div className="mb-1.5 flex justify-between text-xs text-slate-500">
            <span data-testid="calls-finished" data-finished={finished} data-total={total}>
              {t("finished", { finished, total })}
            </span>
            {view.task_id && (
              <Link
                href={`/chat/${view.task_id}`}
                className="font-medium text-indigo-600 hover:text-indigo-500"
              >
                {t("viewConversation")}
              </Link>
            )}
          </div>
          <div className="h-2 overflow-hidden rounded-full bg-slate-100">
            <div
              className="h-full rounded-full bg-gradient-to-r from-indigo-500 to-violet-500 transition-all duration-500"
              style={{ width: `${Math.round((finished / total) * 100)}%` }}
            />
          </div>
        </div>
      )}
    </section>
  );
}

function ConnectionNote({ connection }: { connection: Connection }) {
  const t = useTranslations("booking");
  if (connection === "finished") return null;
  return (
    <span
      className="inline-flex items-center gap-1.5 text-xs text-slate-500"
      data-testid="connection"
      data-state={connection}
    >
      <span
        className={`h-1.5 w-1.5 rounded-full ${connection === "live" ? "bg-emerald-500" : "bg-amber-400"}`}
      />
      {t(connection)}
    </span>
  );
}
