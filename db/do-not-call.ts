// Queries for the do-not-call list: numbers the dispatcher never dials. Changes carry their audit entry.
import { asc, eq, inArray } from "drizzle-orm";
import type { AuditActor } from "@/lib/admin/audit-actions";
import { insertAuditEntry } from "./audit-log";
import { getDb, transaction } from "./client";
import { calls, doNotCallNumbers, providers, user } from "./schema";

export interface DoNotCallEntry {
  phone: string;
  reason: string | null;
  addedByEmail: string | null;
  /** The call on which the business asked not to be called again (and its booking); null when an admin listed it. */
  sourceCallId: string | null;
  sourceBookingId: string | null;
  createdAt: Date;
  /** Businesses in the directory with this number (they will not be called). */
  providers: Array<{ id: string; name: string }>;
}

export async function listDoNotCallEntries(): Promise<DoNotCallEntry[]> {
  const db = getDb();
  const rows = await db
    .select({
      phone: doNotCallNumbers.phone,
      reason: doNotCallNumbers.reason,
      addedByEmail: user.email,
      sourceCallId: doNotCallNumbers.sourceCallId,
      sourceBookingId: calls.bookingId,
      createdAt: doNotCallNumbers.createdAt,
    })
    .from(doNotCallNumbers)
    .leftJoin(user, eq(user.id, doNotCallNumbers.addedBy))
    .leftJoin(calls, eq(calls.id, doNotCallNumbers.sourceCallId))
    .orderBy(asc(doNotCallNumbers.phone));
  if (rows.length === 0) return [];
  const matches = await db
    .select({ id: providers.id, name: providers.name, phone: providers.phone })
    .from(providers)
    .where(
      inArray(
        providers.phone,
        rows.map((row) => row.phone),
      ),
    );
  return rows.map((row) => ({
    ...row,
    providers: matches.filter((p) => p.phone === row.phone).map(({ id, name }) => ({ id, name })),
  }));
}

/** The listed ones among these E.164 numbers, with why: a business's own request (its call) or an admin's. */
export async function findListedEntries(
  phones: readonly string[],
): Promise<Array<{ phone: string; reason: string | null; sourceCallId: string | null }>> {
  const unique = [...new Set(phones)];
  if (unique.length === 0) return [];
  return getDb()
    .select({
      phone: doNotCallNumbers.phone,
      reason: doNotCallNumbers.reason,
      sourceCallId: doNotCallNumbers.sourceCallId,
    })
    .from(doNotCallNumbers)
    .where(inArray(doNotCallNumbers.phone, unique));
}

/**
 * Lists a number because the business asked on a call not to be called again; part of the transaction that ends
 * that call. A number already listed keeps its entry. Returns whether it was added.
 */
export async function insertOptOutNumber(input: {
  phone: string;
  reason: string;
  callId: string;
  now: Date;
}): Promise<boolean> {
  const inserted = await getDb()
    .insert(doNotCallNumbers)
    .values({ phone: input.phone, reason: input.reason, sourceCallId: input.callId, createdAt: input.now })
    .onConflictDoNothing()
    .returning({ phone: doNotCallNumbers.phone });
  return inserted.length > 0;
}

/** Which of these E.164 numbers are listed. */
export async function findListedNumbers(phones: readonly string[]): Promise<string[]> {
  const unique = [...new Set(phones)];
  if (unique.length === 0) return [];
  const rows = await getDb()
    .select({ phone: doNotCallNumbers.phone })
    .from(doNotCallNumbers)
    .where(inArray(doNotCallNumbers.phone, unique));
  return rows.map((row) => row.phone);
}

/** Lists a number; false (and no audit entry) when it was listed already. */
export async function insertDoNotCallNumber(input: {
  phone: string;
  reason: string | null;
  actor: AuditActor;
  now: Date;
}): Promise<boolean> {
  return transaction(async (tx) => {
    const inserted = await tx
      .insert(doNotCallNumbers)
      .values({ phone: input.phone, reason: input.reason, addedBy: input.actor.userId, createdAt: input.now })
      .onConflictDoNothing()
      .returning({ phone: doNotCallNumbers.phone });
    if (inserted.length === 0) return false;
    await insertAuditEntry({
      actor: input.actor,
      action: "do_not_call.add",
      targetId: input.phone,
      details: { reason: input.reason },
      at: input.now,
    });
    return true;
  });
}

/** Unlists a number; false (and no audit entry) when it was not listed. */
export async function deleteDoNotCallNumber(input: {
  phone: string;
  actor: AuditActor;
  now: Date;
}): Promise<boolean> {
  return transaction(async (tx) => {
    const deleted = await tx
      .delete(doNotCallNumbers)
      .where(eq(doNotCallNumbers.phone, input.phone))
      .returning({ reason: doNotCallNumbers.reason });
    if (deleted.length === 0) return false;
    await insertAuditEntry({
      actor: input.actor,
      action: "do_not_call.remove",
      targetId: input.phone,
      details: { reason: deleted[0].reason },
      at: input.now,
    });
    return true;
  });
}
