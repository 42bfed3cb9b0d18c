// /admin/audit-log – every admin action: who, what, on what, when, with its details; filterable by action.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/admin/page-access";
import { adminTimeZone } from "@/lib/admin/admin-time";
import { auditLogFilterSchema, loadAuditLog } from "@/lib/admin/audit-log";
import { readListFilter } from "@/lib/admin/list-filter";
import { AuditLogView } from "./audit-log-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminShell.auditLog"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdminPage("/admin/audit-log");
  const { filter, ignored } = readListFilter(auditLogFilterSchema, await searchParams);
  const log = await loadAuditLog(filter);
  return <AuditLogView log={log} filter={filter} ignored={ignored} timeZone={adminTimeZone()} />;
}
