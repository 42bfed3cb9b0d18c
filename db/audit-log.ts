// Queries for the admin audit log: one row per admin action, inserted inside the action's own transaction.
import { and, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { auditActions, type AuditRecord } from "@/lib/admin/audit-actions";
import { getDb } from "./client";
import { adminAuditLog, type AdminAuditLogRow } from "./schema";

export interface AuditEntry extends Omit<AdminAuditLogRow, "details"> {
  details: Record<string, unknown>;
}

/** Records an action; call it inside the transaction that makes the change, so there is never one without the other. */
export async function insertAuditEntry(record: AuditRecord): Promise<AuditEntry> {
  const [row] = await getDb()
    .insert(adminAuditLog)
    .values({
      actorId: record.actor.userId,
      actorEmail: record.actor.email,
      action: record.action,
      targetType: auditActions[record.action].target,
      targetId: record.targetId,
      details: record.details,
      createdAt: record.at,
    })
    .returning();
  return row as AuditEntry;
}

export interface AuditFilter {
  action?: string;
  targetType?: string;
  targetId?: string;
}

export async function listAuditEntries(
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<{ entries: AuditEntry[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(adminAuditLog.action, filter.action));
  if (filter.targetType) conditions.push(eq(adminAuditLog.targetType, filter.targetType));
  if (filter.targetId) conditions.push(eq(adminAuditLog.targetId, filter.targetId));
  const where = and(...conditions);
  const db = getDb();
  const entries = (await db
    .select()
    .from(adminAuditLog)
    .where(where)
    .orderBy(desc(adminAuditLog.id))
    .limit(page.limit)
    .offset(page.offset)) as AuditEntry[];
  const [{ total }] = await db.select({ total: count() }).from(adminAuditLog).where(where);
  return { entries, total };
}

/** The entries about any of these targets (a booking and its calls), newest first. */
export async function listAuditEntriesForTargets(
  targetIds: readonly string[],
  limit = 200,
): Promise<AuditEntry[]> {
  if (targetIds.length === 0) return [];
  return (await getDb()
    .select()
    .from(adminAuditLog)
    .where(inArray(adminAuditLog.targetId, [...new Set(targetIds)]))
    .orderBy(desc(adminAuditLog.id))
    .limit(limit)) as AuditEntry[];
}
