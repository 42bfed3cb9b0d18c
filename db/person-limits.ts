// Queries for per-person daily limits an admin changed (a null column keeps the configured default). Every change
// is written with its audit entry in one transaction.
import { eq } from "drizzle-orm";
import type { AuditActor } from "@/lib/admin/audit-actions";
import { insertAuditEntry } from "./audit-log";
import { forUpdate, getDb, transaction } from "./client";
import { personLimits, type PersonLimitsRow } from "./schema";

export interface PersonLimitOverrides {
  bookingsPerDay: number | null;
  callsPerDay: number | null;
  llmTokensPerDay: number | null;
}

const noOverrides: PersonLimitOverrides = { bookingsPerDay: null, callsPerDay: null, llmTokensPerDay: null };

export async function getPersonLimitOverrides(userId: string): Promise<PersonLimitOverrides> {
  const [row] = await getDb().select().from(personLimits).where(eq(personLimits.userId, userId)).limit(1);
  return row ? pick(row) : noOverrides;
}

/** Replaces the person's overrides; returns the previous ones (both go into the audit entry). */
export async function setPersonLimitOverrides(input: {
  userId: string;
  overrides: PersonLimitOverrides;
  actor: AuditActor;
  now: Date;
}): Promise<PersonLimitOverrides> {
  return transaction(async (tx) => {
    // Locked, so the audit entry's "before" is what this change replaced even when two admins save at once.
    const [previousRow] = await forUpdate(
      tx.select().from(personLimits).where(eq(personLimits.userId, input.userId)).$dynamic(),
    );
    const previous = previousRow ? pick(previousRow) : noOverrides;
    await tx
      .insert(personLimits)
      .values({
        userId: input.userId,
        ...input.overrides,
        updatedBy: input.actor.userId,
        updatedAt: input.now,
      })
      .onConflictDoUpdate({
        target: personLimits.userId,
        set: { ...input.overrides, updatedBy: input.actor.userId, updatedAt: input.now },
      });
    await insertAuditEntry({
      actor: input.actor,
      action: "person.limits",
      targetId: input.userId,
      details: { before: previous, after: input.overrides },
      at: input.now,
    });
    return previous;
  });
}

function pick(row: PersonLimitsRow): PersonLimitOverrides {
  return {
    bookingsPerDay: row.bookingsPerDay,
    callsPerDay: row.callsPerDay,
    llmTokensPerDay: row.llmTokensPerDay,
  };
}
