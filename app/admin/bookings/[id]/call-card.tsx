// One call in full for the admin: provider, attempt, state, dialer and external ids, redirect, duration, failure
// reason, what the call collected, and (folded) its transcript and timeline; a Retry button when it may be retried.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { AdminCallDetail } from "@/lib/admin/bookings/booking-detail";
import { formatDateTime } from "@/app/_components/format-time";
import { OfferedSlots } from "@/app/booking/[id]/offered-slots";
import { CallStatusPill } from "../../_components/status-badges";
import { retryableCallStatuses } from "@/lib/admin/bookings/retry-eligibility";
import { CallOutcomeFacts } from "./call-outcome-facts";
import { CallRecord } from "./call-record";
import { RetryButton } from "./retry-button";

export async function CallCard({ call, timeZone }: { call: AdminCallDetail; timeZone: string }) {
  // The call's purpose is labelled callCard.{purpose}.
  const [t, locale] = await Promise.all([getTranslations("adminBookings.callCard"), getLocale()]);
  const at = (iso: string | null) => (iso ? formatDateTime(iso, timeZone, locale) : "—");
  const facts: Array<[string, React.ReactNode]> = [
    [t("dialer"), call.dialer ?? "—"],
    [t("externalId"), call.external_id ? <code className="break-all">{call.external_id}</code> : "—"],
    [
      t("callSid"),
      call.external_call_sid ? <code className="break-all">{call.external_call_sid}</code> : "—",
    ],
    [
      t("redirected"),
      call.redirected ? (
        <span
          className="rounded bg-violet-50 px-1.5 py-px text-violet-700 ring-1 ring-violet-200 ring-inset"
          data-testid="call-redirected"
        >
          {t("redirectedTo", { target: call.redirected_to ?? "" })}
        </span>
      ) : (
        t("notRedirected")
      ),
    ],
    [t("duration"), call.duration_seconds === null ? "—" : formatDuration(call.duration_seconds)],
    [t("phone"), call.provider_phone ?? "—"],
    [t("queued"), at(call.created_at)],
    [t("started"), at(call.started_at)],
    [t("ended"), at(call.ended_at)],
  ];
  if (call.scheduled_for && call.status === "scheduled") facts.push([t("due"), at(call.scheduled_for)]);
  if (call.previous_call_id) facts.push([t("retryOf"), <code key="prev">{call.previous_call_id}</code>]);

  return (
    <article
      id={call.call_id}
      data-testid="admin-call"
      data-call-id={call.call_id}
      data-call-status={call.status}
      data-attempt={call.attempt}
      data-provider-name={call.provider_name}
      className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h3 className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
            <Link href={`/admin/providers/${call.provider_id}`} className="hover:text-indigo-600">
              {call.provider_name}
            </Link>
            {call.provider_disabled && (
              <span className="rounded-full bg-slate-100 px-2 py-0.5 text-[11px] font-medium text-slate-600">
                {t("providerDisabled")}
              </span>
            )}
          </h3>
          <p className="mt-0.5 text-xs text-slate-500">
            {t(call.purpose)} · <span data-testid="attempt-label">{call.attempt_label}</span> ·{" "}
            <code>{call.call_id}</code>
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          <CallStatusPill status={call.status} />
          {retryableCallStatuses.includes(call.status) &&
            (call.retry.allowed ? (
              <RetryButton callId={call.call_id} />
            ) : (
              <span
                className="max-w-[16rem] text-right text-xs text-slate-400"
                data-testid="retry-unavailable"
              >
                {call.retry.reason}
              </span>
            ))}
        </div>
      </header>

      <dl
        className="mt-3 grid gap-x-6 gap-y-1.5 text-sm sm:grid-cols-2 lg:grid-cols-3"
        data-testid="call-facts"
      >
        {facts.map(([term, value]) => (
          <div key={term} className="flex min-w-0 gap-2">
            <dt className="w-20 shrink-0 text-slate-500">{term}</dt>
            <dd className="min-w-0 text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>

      {call.failure_reason && (
        <p
          data-testid="call-failure-reason"
          className="mt-3 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-700"
        >
          {call.failure_reason}
        </p>
      )}

      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <CallOutcomeFacts call={call} timeZone={timeZone} />
        <OfferedSlots slots={call.offered_slots} timeZone={timeZone} bookedStart={null} />
      </div>

      <CallRecord call={call} timeZone={timeZone} />
    </article>
  );
}

/** "42 s" or "3 min 05 s": the units read the same in every language the pages speak. */
function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  return total < 60 ? `${total} s` : `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, "0")} s`;
}
