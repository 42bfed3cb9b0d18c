// Queries for the do-not-call list: numbers the dispatcher never dials, for anyone. Changes carry their audit entry;
// an admin's change also settles the number's opt-outs waiting for review (db/opt-out-requests.ts).
import { asc, eq, inArray } from "drizzle-orm";
import type { AuditActor } from "@/lib/admin/audit-actions";
import { insertAuditEntry } from "./audit-log";
import { getDb, transaction } from "./client";
import { settlePendingOptOuts } from "./opt-out-requests";
import { listProviderNamesByPhones } from "./providers";
import { calls, doNotCallNumbers, user } from "./schema";

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
  const rows = await getDb()
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
  const providers = await listProviderNamesByPhones(rows.map((row) => row.phone));
  return rows.map((row) => ({ ...row, providers: providers.get(row.phone) ?? [] }));
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

/** Lists a number (confirming any opt-out of it waiting for review); false, and no audit entry, when it was listed already. */
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
    const confirmed = await settlePendingOptOuts(input.phone, "confirmed");
    await insertAuditEntry({
      actor: input.actor,
      action: "do_not_call.add",
      targetId: input.phone,
      details: { reason: input.reason, ...(confirmed > 0 ? { opt_outs_confirmed: confirmed } : {}) },
      at: input.now,
    });
    return true;
  });
}

/**
 * Unlists a number and dismisses its opt-outs waiting for review, so nobody's calls skip it any more; false (and no
 * audit entry) when it was neither listed nor waiting.
 */
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
    const dismissed = await settlePendingOptOuts(input.phone, "dismissed");
    if (deleted.length === 0 && dismissed === 0) return false;
    await insertAuditEntry({
      actor: input.actor,
      action: "do_not_call.remove",
      targetId: input.phone,
      details: {
        reason: deleted[0]?.reason ?? null,
        ...(dismissed > 0 ? { opt_outs_dismissed: dismissed } : {}),
      },
      at: input.now,
    });
    return true;
  });
}
