// The audit log as the admin area shows it: newest first, a page at a time, optionally one action or one target.
import { z } from "zod";
import { listAuditEntries, type AuditEntry } from "@/db/audit-log";
import { auditActionLabel, auditActions } from "./audit-actions";
import { listPage } from "./list-page";

export const auditPageSize = 50;

export const auditLogFilterSchema = z
  .object({
    action: z.enum(Object.keys(auditActions) as [keyof typeof auditActions]).optional(),
    target: z.string().trim().min(1).max(200).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .strict();
export type AuditLogFilter = z.infer<typeof auditLogFilterSchema>;

export function auditEntryJson(entry: AuditEntry) {
  return {
    id: entry.id,
    at: entry.createdAt.toISOString(),
    actor: { id: entry.actorId, email: entry.actorEmail },
    action: entry.action,
    action_label: auditActionLabel(entry.action),
    target: { type: entry.targetType, id: entry.targetId },
    details: entry.details,
  };
}

export async function loadAuditLog(filter: AuditLogFilter) {
  const { entries, total } = await listAuditEntries(
    { action: filter.action, targetId: filter.target },
    { limit: auditPageSize, offset: (filter.page - 1) * auditPageSize },
  );
  return {
    entries: entries.map(auditEntryJson),
    ...listPage(filter.page, total, auditPageSize),
  };
}
