// Queries for one-time phone codes: creating one (counted against the hourly and daily bounds in the same
// transaction), the open one a typed code is checked against, a wrong try counted atomically, and the right code
// setting the person's verified phone, once.
import { and, count, desc, eq, gte, isNull, lt, sql } from "drizzle-orm";
import { forUpdate, getDb, transaction } from "./client";
import { applyCharges, refundUsage, type UsageCharge } from "./usage-counters";
import { personProfiles, phoneVerifications, user, type PhoneVerificationRow } from "./schema";

/** How many codes this person asked for since `since` (the hourly bound counts rows, not a counter). */
export async function countPhoneCodesSince(userId: string, since: Date): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(phoneVerifications)
    .where(and(eq(phoneVerifications.userId, userId), gte(phoneVerifications.createdAt, since)));
  return row?.n ?? 0;
}

/**
 * Keeps a new code (its hash) after checking the hourly bound and applying the daily charges, all in one
 * transaction: `tooMany` is thrown when the person asked too often this hour; UsageLimitReached past a daily bound.
 */
export async function createPhoneVerification(input: {
  id: string;
  userId: string;
  phone: string;
  codeHash: string;
  now: Date;
  expiresAt: Date;
  hourly: { limit: number; tooMany: () => Error };
  charges: readonly UsageCharge[];
}): Promise<void> {
  await transaction(async (tx) => {
    // The person's row locked first, so two sends at once count each other (SQLite runs them one at a time anyway).
    await forUpdate(tx.select({ id: user.id }).from(user).where(eq(user.id, input.userId)).$dynamic());
    const since = new Date(input.now.getTime() - 3_600_000);
    if ((await countPhoneCodesSince(input.userId, since)) >= input.hourly.limit) throw input.hourly.tooMany();
    await applyCharges(input.charges);
    await getDb().insert(phoneVerifications).values({
      id: input.id,
      userId: input.userId,
      phone: input.phone,
      codeHash: input.codeHash,
      expiresAt: input.expiresAt,
      createdAt: input.now,
    });
  });
}

/** The person's most recent code, verified or not (a newer code replaces every older one). */
export async function latestPhoneVerification(userId: string): Promise<PhoneVerificationRow | undefined> {
  const [row] = await getDb()
    .select()
    .from(phoneVerifications)
    .where(eq(phoneVerifications.userId, userId))
    .orderBy(desc(phoneVerifications.createdAt))
    .limit(1);
  return row;
}

/** Counts one wrong try while tries are left; returns the tries used, or null when none were left to use. */
export async function recordWrongCode(id: string, maxAttempts: number): Promise<number | null> {
  const [row] = await getDb()
    .update(phoneVerifications)
    .set({ attempts: sql`${phoneVerifications.attempts} + 1` })
    .where(
      and(
        eq(phoneVerifications.id, id),
        isNull(phoneVerifications.verifiedAt),
        lt(phoneVerifications.attempts, maxAttempts),
      ),
    )
    .returning({ attempts: phoneVerifications.attempts });
  return row ? row.attempts : null;
}

/**
 * The right code: marks it used and makes its number the person's verified phone, in one transaction; false when it
 * was used, ran out of tries or expired meanwhile.
 */
export async function completePhoneVerification(input: {
  id: string;
  userId: string;
  phone: string;
  maxAttempts: number;
  now: Date;
}): Promise<boolean> {
  return transaction(async () => {
    const used = await getDb()
      .update(phoneVerifications)
      .set({ verifiedAt: input.now })
      .where(
        and(
          eq(phoneVerifications.id, input.id),
          isNull(phoneVerifications.verifiedAt),
          lt(phoneVerifications.attempts, input.maxAttempts),
          gte(phoneVerifications.expiresAt, input.now),
        ),
      )
      .returning({ id: phoneVerifications.id });
    if (used.length !== 1) return false;
    const verified = { verifiedPhone: input.phone, phoneVerifiedAt: input.now, updatedAt: input.now };
    await getDb()
      .insert(personProfiles)
      .values({ userId: input.userId, ...verified })
      .onConflictDoUpdate({ target: personProfiles.userId, set: verified });
    return true;
  });
}

/** Forgets a code that was never sent (the number was refused) and gives back what it was counted against. */
export async function discardPhoneVerification(id: string, charges: readonly UsageCharge[]): Promise<void> {
  await transaction(async () => {
    await getDb().delete(phoneVerifications).where(eq(phoneVerifications.id, id));
    for (const charge of charges) await refundUsage(charge);
  });
}
