// Queries for opt-outs heard on calls: a business asking, in its own words, not to be called again. One is recorded
// with the call that heard it (in the transaction that ends the call); pending, it keeps the number from the calls of
// the person that call was for, and an admin's confirmation lists the number for everyone (with its audit entry).
import { and, asc, eq, inArray } from "drizzle-orm";
import type { AuditActor } from "@/lib/admin/audit-actions";
import { insertAuditEntry } from "./audit-log";
import { getDb, transaction } from "./client";
import { listProviderNamesByPhones } from "./providers";
import { calls, doNotCallNumbers, optOutRequests, user, type OptOutReview } from "./schema";

/** Records the opt-out a call heard; part of the transaction that ends the call. Returns whether it was new. */
export async function insertOptOutRequest(input: {
  callId: string;
  phone: string;
  evidence: string;
  now: Date;
}): Promise<boolean> {
  const inserted = await getDb()
    .insert(optOutRequests)
    .values({ callId: input.callId, phone: input.phone, evidence: input.evidence, createdAt: input.now })
    .onConflictDoNothing()
    .returning({ callId: optOutRequests.callId });
  return inserted.length > 0;
}

/** Which of these numbers have an opt-out waiting for review that one of this person's calls heard. */
export async function findPendingOptOutNumbers(phones: readonly string[], userId: string): Promise<string[]> {
  const unique = [...new Set(phones)];
  if (unique.length === 0) return [];
  const rows = await getDb()
    .selectDistinct({ phone: optOutRequests.phone })
    .from(optOutRequests)
    .innerJoin(calls, eq(calls.id, optOutRequests.callId))
    .where(
      and(
        inArray(optOutRequests.phone, unique),
        eq(optOutRequests.review, "pending"),
        eq(calls.userId, userId),
      ),
    );
  return rows.map((row) => row.phone);
}

export interface PendingOptOut {
  phone: string;
  /** The business's own words on the call. */
  evidence: string;
  callId: string;
  bookingId: string;
  /** The person the call was for (their calls skip the number already). */
  requestedByEmail: string | null;
  createdAt: Date;
  providers: Array<{ id: string; name: string }>;
}

/** Opt-outs waiting for an admin, oldest first; `phone` narrows them to one number. */
export async function listPendingOptOuts(phone?: string): Promise<PendingOptOut[]> {
  const rows = await getDb()
    .select({
      phone: optOutRequests.phone,
      evidence: optOutRequests.evidence,
      callId: optOutRequests.callId,
      bookingId: calls.bookingId,
      requestedByEmail: user.email,
      createdAt: optOutRequests.createdAt,
    })
    .from(optOutRequests)
    .innerJoin(calls, eq(calls.id, optOutRequests.callId))
    .leftJoin(user, eq(user.id, calls.userId))
    .where(and(eq(optOutRequests.review, "pending"), phone ? eq(optOutRequests.phone, phone) : undefined))
    .orderBy(asc(optOutRequests.createdAt), asc(optOutRequests.callId));
  const providers = await listProviderNamesByPhones(rows.map((row) => row.phone));
  return rows.map((row) => ({ ...row, providers: providers.get(row.phone) ?? [] }));
}

/**
 * An admin confirms a number's pending opt-outs: the number is listed for everyone (from the call given, unless it
 * is listed already) and every pending opt-out of it is settled, with the audit entry. False when none was pending.
 */
export async function confirmOptOutRequests(input: {
  phone: string;
  sourceCallId: string;
  reason: string;
  actor: AuditActor;
  now: Date;
}): Promise<boolean> {
  return transaction(async (tx) => {
    const settled = await settlePendingOptOuts(input.phone, "confirmed");
    if (settled === 0) return false;
    await tx
      .insert(doNotCallNumbers)
      .values({
        phone: input.phone,
        reason: input.reason,
        addedBy: input.actor.userId,
        sourceCallId: input.sourceCallId,
        createdAt: input.now,
      })
      .onConflictDoNothing();
    await insertAuditEntry({
      actor: input.actor,
      action: "do_not_call.confirm",
      targetId: input.phone,
      details: { source_call_id: input.sourceCallId, reason: input.reason, opt_outs: settled },
      at: input.now,
    });
    return true;
  });
}

/** Settles a number's pending opt-outs (inside the caller's transaction); returns how many there were. */
export async function settlePendingOptOuts(
  phone: string,
  review: Exclude<OptOutReview, "pending">,
): Promise<number> {
  const settled = await getDb()
    .update(optOutRequests)
    .set({ review })
    .where(and(eq(optOutRequests.phone, phone), eq(optOutRequests.review, "pending")))
    .returning({ callId: optOutRequests.callId });
  return settled.length;
}
