// /admin/audit-log – every admin action: who, what, on what, when, with its details; filterable by action.
import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/admin/page-access";
import { adminTimeZone } from "@/lib/admin/admin-time";
import { auditActions } from "@/lib/admin/audit-actions";
import { auditLogFilterSchema, loadAuditLog } from "@/lib/admin/audit-log";
import { readListFilter } from "@/lib/admin/list-filter";
import { formatDateTime } from "@/app/_components/format-time";
import { AdminTable, cellClass } from "../_components/admin-table";
import { FilterField, FilterForm, IgnoredFilterNote } from "../_components/list-filters";
import { inputClass, PageHeader } from "../_components/page-header";
import { Pagination } from "../_components/pagination";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const targetHref: Record<string, (id: string, details: Record<string, unknown>) => string | null> = {
  booking: (id) => `/admin/bookings/${id}`,
  call: (id, details) =>
    typeof details.booking_id === "string" ? `/admin/bookings/${details.booking_id}#${id}` : null,
  provider: (id) => `/admin/providers/${id}`,
  phone: () => "/admin/do-not-call",
  person: (id) => `/admin/people/${id}`,
};

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdminPage("/admin/audit-log");
  const { filter, ignored } = readListFilter(auditLogFilterSchema, await searchParams);
  const log = await loadAuditLog(filter);
  const timeZone = adminTimeZone();

  return (
    <main data-testid="admin-audit-log">
      <PageHeader title="Audit log" description={`Every admin action, newest first. Times in ${timeZone}.`} />
      <IgnoredFilterNote note={ignored} />
      <FilterForm base="/admin/audit-log" layout="sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]">
        <FilterField label="Action">
          <select name="action" defaultValue={filter.action ?? ""} className={`mt-1 ${inputClass}`}>
            <option value="">Any</option>
            {Object.entries(auditActions).map(([action, { label }]) => (
              <option key={action} value={action}>
                {label}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField label="Target id">
          <input
            name="target"
            defaultValue={filter.target ?? ""}
            placeholder="bkg_…, call_…, prov_…, +1…"
            className={`mt-1 ${inputClass}`}
          />
        </FilterField>
      </FilterForm>
      <AdminTable
        columns={["When", "Who", "What", "Target", "Details"]}
        rows={log.entries}
        empty={`No admin action recorded${filter.action || filter.target ? " for this filter" : " yet"}.`}
        testId="audit-log-table"
        minWidth="min-w-[52rem]"
        row={(entry) => {
          const href = targetHref[entry.target.type]?.(entry.target.id, entry.details) ?? null;
          return (
            <tr key={entry.id} className="align-top" data-testid="audit-entry" data-action={entry.action}>
              <td className={`${cellClass} whitespace-nowrap text-slate-600`}>
                {formatDateTime(entry.at, timeZone)}
              </td>
              <td className={`${cellClass} text-slate-700`}>{entry.actor.email}</td>
              <td className={`${cellClass} font-medium text-slate-900`}>{entry.action_label}</td>
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
      <Pagination list={log} base="/admin/audit-log" filter={filter} noun="entries" />
    </main>
  );
}

function compactDetails(details: Record<string, unknown>): string {
  const text = JSON.stringify(details);
  if (text === "{}") return "—";
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
