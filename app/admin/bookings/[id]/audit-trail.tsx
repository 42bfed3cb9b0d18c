// What admins did to this booking and its calls (from the audit log), and the booking's own events. The entries'
// notes and the events' sentences are the record, shown as written.
import { getLocale, getTranslations } from "next-intl/server";
import type { AuditEntry } from "@/db/audit-log";
import type { TimelineEntry } from "@/lib/admin/bookings/booking-detail";
import { auditActions, type AuditAction } from "@/lib/admin/audit-actions";
import { formatDateTime } from "@/app/_components/format-time";
import { ServerSentence } from "@/app/_components/server-sentence";

const isAuditAction = (action: string): action is AuditAction => action in auditActions;

export async function AuditTrail(props: {
  entries: AuditEntry[];
  timeline: TimelineEntry[];
  timeZone: string;
}) {
  const [t, actions, locale] = await Promise.all([
    getTranslations("adminBookings.audit"),
    getTranslations("adminShell.auditLog.actions"),
    getLocale(),
  ]);
  // Named as the audit log names them (adminShell.auditLog.actions.{action}); one no longer known keeps its name.
  const label = (action: string) => (isAuditAction(action) ? actions(action) : action);
  return (
    <div className="grid gap-5 md:grid-cols-2">
      <section
        className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm"
        aria-labelledby="audit-heading"
        data-testid="booking-audit"
      >
        <h2 id="audit-heading" className="mb-3 font-semibold text-slate-900">
          {t("heading")}
        </h2>
        {props.entries.length === 0 ? (
          <p className="text-sm text-slate-400">{t("none")}</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {props.entries.map((entry) => (
              <li key={entry.id} data-testid="booking-audit-entry" data-action={entry.action}>
                <span className="font-medium text-slate-800">{label(entry.action)}</span>
                <span className="text-slate-500">
                  {" "}
                  · {entry.actorEmail} ·{" "}
                  {formatDateTime(entry.createdAt.toISOString(), props.timeZone, locale)}
                </span>
                {typeof entry.details.note === "string" && (
                  <p className="text-slate-600">“{entry.details.note}”</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section
        className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm"
        aria-labelledby="booking-events-heading"
      >
        <h2 id="booking-events-heading" className="mb-3 font-semibold text-slate-900">
          {t("bookingEvents")}
        </h2>
        <ol className="space-y-1 text-sm">
          {props.timeline.map((event) => (
            <li key={event.id} className="flex gap-3">
              <span className="w-40 shrink-0 text-xs text-slate-400">
                {formatDateTime(event.at, props.timeZone, locale)}
              </span>
              <span className="text-slate-700">
                <ServerSentence text={event.summary} sentence={event.summary_sentence} />
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
