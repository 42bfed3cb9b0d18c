// The audit log as the page shows it, in the page's language: the filter by action or target, and the entries with
// who, what, on what and when. The details stay as recorded (JSON), since they are data, not words.
import type { WrittenSentence } from "@/lib/sentences/sentence";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { auditActions, type AuditAction } from "@/lib/admin/audit-actions";
import type { AuditLogFilter, loadAuditLog } from "@/lib/admin/audit-log";
import { formatDateTime } from "@/app/_components/format-time";
import { AdminTable, cellClass } from "../_components/admin-table";
import {
  FilterForm,
  FilterSelectField,
  FilterTextField,
  IgnoredFilterNote,
} from "../_components/list-filters";
import { PageHeader } from "../_components/page-header";
import { Pagination } from "../_components/pagination";

type AuditLog = Awaited<ReturnType<typeof loadAuditLog>>;

const targetHref: Record<string, (id: string, details: Record<string, unknown>) => string | null> = {
  booking: (id) => `/admin/bookings/${id}`,
  call: (id, details) =>
    typeof details.booking_id === "string" ? `/admin/bookings/${details.booking_id}#${id}` : null,
  provider: (id) => `/admin/providers/${id}`,
  phone: () => "/admin/do-not-call",
  person: (id) => `/admin/people/${id}`,
};

const isAuditAction = (action: string): action is AuditAction => action in auditActions;

export function AuditLogView(props: {
  log: AuditLog;
  filter: AuditLogFilter;
  ignored: WrittenSentence | null;
  timeZone: string;
}) {
  const { log, filter, timeZone } = props;
  const t = useTranslations("adminShell.auditLog");
  const locale = useLocale();
  // Each action is labelled adminShell.auditLog.actions.{action}; one no longer known keeps the label it was given.
  const actionLabel = (action: string, recorded: string) =>
    isAuditAction(action) ? t(`actions.${action}`) : recorded;

  return (
    <main data-testid="admin-audit-log">
      <PageHeader title={t("title")} description={t("description", { timeZone })} />
      <IgnoredFilterNote note={props.ignored} />
      <FilterForm base="/admin/audit-log" layout="sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]">
        <FilterSelectField
          label={t("action")}
          name="action"
          value={filter.action}
          anyLabel={t("anyAction")}
          options={(Object.keys(auditActions) as AuditAction[]).map((action) => [
            action,
            t(`actions.${action}`),
          ])}
        />
        <FilterTextField
          label={t("target")}
          name="target"
          value={filter.target}
          placeholder="bkg_…, call_…, prov_…, +1…"
        />
      </FilterForm>
      <AdminTable
        columns={[t("columnWhen"), t("columnWho"), t("columnWhat"), t("columnTarget"), t("columnDetails")]}
        rows={log.entries}
        empty={filter.action || filter.target ? t("emptyFiltered") : t("empty")}
        testId="audit-log-table"
        minWidth="min-w-[52rem]"
        row={(entry) => {
          const href = targetHref[entry.target.type]?.(entry.target.id, entry.details) ?? null;
          return (
            <tr key={entry.id} className="align-top" data-testid="audit-entry" data-action={entry.action}>
              <td className={`${cellClass} whitespace-nowrap text-slate-600`}>
                {formatDateTime(entry.at, timeZone, locale)}
              </td>
              <td className={`${cellClass} text-slate-700`}>{entry.actor.email}</td>
              <td className={`${cellClass} font-medium text-slate-900`}>
                {actionLabel(entry.action, entry.action_label)}
              </td>
              <td className={`${cellClass} font-mono text-xs`}>
                {href ? (
                  <Link href={href} className="text-indigo-600 hover:text-indigo-500">
                    {entry.target.id}
                  </Link>
                ) : (
                  <span className="text-slate-600">{entry.target.id}</span>
                )}
              </td>
              <td className={`${cellClass} max-w-[28rem]`}>
                <code className="block text-xs break-words whitespace-pre-wrap text-slate-500">
                  {compactDetails(entry.details)}
                </code>
              </td>
            </tr>
          );
        }}
      />
      <Pagination
        list={log}
        base="/admin/audit-log"
        filter={filter}
        counted={t("counted", { count: log.total })}
      />
    </main>
  );
}

function compactDetails(details: Record<string, unknown>): string {
  const text = JSON.stringify(details);
  if (text === "{}") return "—";
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
