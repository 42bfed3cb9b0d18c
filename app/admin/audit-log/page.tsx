// /admin/audit-log – every admin action: who, what, on what, when, with its details; filterable by action.
import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/admin/page-access";
import { adminTimeZone } from "@/lib/admin/admin-time";
import { auditActions } from "@/lib/admin/audit-actions";
import { auditLogFilterSchema, loadAuditLog, type AuditLogFilter } from "@/lib/admin/audit-log";
import { queryValues } from "@/lib/admin/query-values";
import { formatDateTime } from "@/app/_components/format-time";
import { buttonStyles, inputClass, PageHeader } from "../_components/page-header";
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
  const parsed = auditLogFilterSchema.safeParse(queryValues(await searchParams));
  const filter: AuditLogFilter = parsed.success ? parsed.data : { page: 1 };
  const log = await loadAuditLog(filter);
  const timeZone = adminTimeZone();
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (filter.action) params.set("action", filter.action);
    if (filter.target) params.set("target", filter.target);
    if (page > 1) params.set("page", String(page));
    return `/admin/audit-log${params.size > 0 ? `?${params}` : ""}`;
  };

  return (
    <main data-testid="admin-audit-log">
      <PageHeader title="Audit log" description={`Every admin action, newest first. Times in ${timeZone}.`} />
      <form
        method="get"
        action="/admin/audit-log"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <label className="block text-xs font-medium text-slate-500">
          Action
          <select name="action" defaultValue={filter.action ?? ""} className={`mt-1 ${inputClass}`}>
            <option value="">Any</option>
            {Object.entries(auditActions).map(([action, { label }]) => (
              <option key={action} value={action}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-xs font-medium text-slate-500">
          Target id
          <input
            name="target"
            defaultValue={filter.target ?? ""}
            placeholder="bkg_…, call_…, prov_…, +1…"
            className={`mt-1 ${inputClass}`}
          />
        </label>
        <button type="submit" className={buttonStyles.primary}>
          Filter
        </button>
        <Link href="/admin/audit-log" className={buttonStyles.secondary}>
          Reset
        </Link>
      </form>
      {log.entries.length === 0 ? (
        <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-500">
          No admin action recorded{filter.action || filter.target ? " for this filter" : " yet"}.
        </div>
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[52rem] text-left text-sm" data-testid="audit-log-table">
            <thead className="border-b border-slate-200 bg-slate-50/80 text-xs font-medium tracking-wide text-slate-500 uppercase">
              <tr>
                <th className="px-4 py-2.5">When</th>
                <th className="px-4 py-2.5">Who</th>
                <th className="px-4 py-2.5">What</th>
                <th className="px-4 py-2.5">Target</th>
                <th className="px-4 py-2.5">Details</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {log.entries.map((entry) => {
                const href = targetHref[entry.target.type]?.(entry.target.id, entry.details) ?? null;
                return (
                  <tr
                    key={entry.id}
                    className="align-top"
                    data-testid="audit-entry"
                    data-action={entry.action}
                  >
                    <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                      {formatDateTime(entry.at, timeZone)}
                    </td>
                    <td className="px-4 py-3 text-slate-700">{entry.actor.email}</td>
                    <td className="px-4 py-3 font-medium text-slate-900">{entry.action_label}</td>
                    <td className="px-4 py-3 font-mono text-xs">
                      {href ? (
                        <Link href={href} className="text-indigo-600 hover:text-indigo-500">
                          {entry.target.id}
                        </Link>
                      ) : (
                        <span className="text-slate-600">{entry.target.id}</span>
                      )}
                    </td>
                    <td className="max-w-[28rem] px-4 py-3">
                      <code className="block text-xs break-words whitespace-pre-wrap text-slate-500">
                        {compactDetails(entry.details)}
                      </code>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={log.page}
        pageCount={log.page_count}
        total={log.total}
        noun="entries"
        hrefFor={hrefFor}
      />
    </main>
  );
}

function compactDetails(details: Record<string, unknown>): string {
  const text = JSON.stringify(details);
  if (text === "{}") return "—";
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
