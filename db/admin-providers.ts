// Queries for managing the provider directory from the admin area: the paginated list, and inserts and updates
// that check for duplicates inside their own write transaction and carry their audit entry.
import { and, asc, count, eq, ne, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { AuditRecord } from "@/lib/admin/audit-actions";
import { findDuplicate, type ProviderIdentity } from "@/lib/admin/providers/provider-duplicates";
import { insertAuditEntry } from "./audit-log";
import { currentDialect, getDb, transaction } from "./client";
import { likeIgnoringCase } from "./dialect-sql";
import { getProvidersByIds, type Provider } from "./providers";
import { providers, type NewProviderRow, type ProviderRow } from "./schema";

export interface AdminProviderQuery {
  search?: string;
  serviceType?: string;
  status?: "enabled" | "disabled";
}

export async function listProvidersForAdmin(
  query: AdminProviderQuery,
  page: { limit: number; offset: number },
): Promise<{ providers: Provider[]; total: number }> {
  const conditions: SQL[] = [];
  if (query.serviceType) conditions.push(eq(providers.serviceType, query.serviceType));
  if (query.status) conditions.push(eq(providers.disabled, query.status === "disabled"));
  const search = query.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const matches = (column: SQLWrapper) => likeIgnoringCase(column, pattern);
    conditions.push(
      or(
        matches(providers.name),
        matches(providers.city),
        matches(providers.address),
        matches(providers.phone),
      )!,
    );
  }
  const where = and(...conditions);
  const db = getDb();
  const rows = await db
    .select({ id: providers.id })
    .from(providers)
    .where(where)
    .orderBy(asc(providers.serviceType), asc(providers.city), asc(providers.name), asc(providers.id))
    .limit(page.limit)
    .offset(page.offset);
  const [{ total }] = await db.select({ total: count() }).from(providers).where(where);
  return {
    providers: await getProvidersByIds(rows.map((row) => row.id)),
    total,
  };
}

export interface DirectoryDuplicate {
  /** Index of the new row that clashes. */
  index: number;
  existing: { id: string; name: string };
  reason: "phone" | "name_address";
}

// Any fixed 64-bit number, the same in every instance: "CallPilot directory edits".
const directoryLockKey = 4_242_003;

/**
 * Checked writes take turns (a transaction-scoped advisory lock on PostgreSQL; SQLite's transactions already run
 * one at a time): the duplicate check reads the whole directory, and locking the rows it read would not stop
 * another transaction from inserting the same business beside them.
 */
async function takeDirectoryTurn(): Promise<void> {
  if (currentDialect() === "postgresql") {
    await getDb().execute(sql`select pg_advisory_xact_lock(${directoryLockKey})`);
  }
}

async function directoryIdentities(exceptId?: string): Promise<Array<ProviderIdentity & { id: string }>> {
  return getDb()
    .select({ id: providers.id, name: providers.name, address: providers.address, phone: providers.phone })
    .from(providers)
    .where(exceptId ? ne(providers.id, exceptId) : undefined);
}

async function duplicatesIn(rows: ProviderIdentity[], exceptId?: string): Promise<DirectoryDuplicate[]> {
  await takeDirectoryTurn();
  const existing = await directoryIdentities(exceptId);
  return rows.flatMap((row, index) => {
    const found = findDuplicate(row, existing);
    return found
      ? [{ index, existing: { id: found.match.id, name: found.match.name }, reason: found.reason }]
      : [];
  });
}

/**
 * Inserts providers, all or nothing, unless one is already in the directory (same phone, or same name and
 * address): then nothing is inserted and the clashes come back. The audit entry is written with them.
 */
export async function insertProvidersChecked(input: {
  rows: Array<NewProviderRow & ProviderIdentity>;
  audit: AuditRecord;
}): Promise<{ ok: true; ids: string[] } | { ok: false; duplicates: DirectoryDuplicate[] }> {
  return transaction(async (tx) => {
    const duplicates = await duplicatesIn(input.rows);
    if (duplicates.length > 0) return { ok: false as const, duplicates };
    // Chunks keep each statement well under SQLite's bound-parameter limit.
    for (let i = 0; i < input.rows.length; i += 200) {
      await tx.insert(providers).values(input.rows.slice(i, i + 200));
    }
    await insertAuditEntry(input.audit);
    return { ok: true as const, ids: input.rows.map((row) => row.id) };
  });
}

/** Updates one provider unless the change makes it a duplicate of another; writes the audit entries with it. */
export async function updateProviderChecked(input: {
  id: string;
  set: Partial<Omit<ProviderRow, "id" | "createdAt">>;
  /** Checked against the rest of the directory; null when the identity did not change. */
  identity: ProviderIdentity | null;
  audit: AuditRecord[];
}): Promise<{ ok: true } | { ok: false; duplicates: DirectoryDuplicate[] } | { ok: false; missing: true }> {
  return transaction(async (tx) => {
    const duplicates = input.identity ? await duplicatesIn([input.identity], input.id) : [];
    if (duplicates.length > 0) return { ok: false as const, duplicates };
    const updated = await tx
      .update(providers)
      .set(input.set)
      .where(eq(providers.id, input.id))
      .returning({ id: providers.id });
    if (updated.length !== 1) return { ok: false as const, missing: true as const };
    for (const record of input.audit) await insertAuditEntry(record);
    return { ok: true as const };
  });
}

/** Sets the disabled flag; the audit entry is written only when the flag actually changed. */
export async function setProviderDisabledWithAudit(input: {
  id: string;
  disabled: boolean;
  audit: AuditRecord;
}): Promise<boolean> {
  return transaction(async (tx) => {
    const updated = await tx
      .update(providers)
      .set({ disabled: input.disabled, updatedAt: input.audit.at })
      .where(and(eq(providers.id, input.id), eq(providers.disabled, !input.disabled)))
      .returning({ id: providers.id });
    if (updated.length !== 1) return false;
    await insertAuditEntry(input.audit);
    return true;
  });
}
