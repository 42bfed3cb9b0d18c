// Daily usage counters (bookings, calls, LLM tokens per person; calls per business number; calls in all). A charge
// is one conditional upsert that adds to a counter only while it stays within its limit, run inside the write
// transaction of what it counts, so two concurrent requests can never both slip under a limit.
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { getDb, writeTransaction, type DbOrTx } from "./client";
import { usageCounters, type UsageScope } from "./schema";

export interface UsageCharge {
  scope: UsageScope;
  /** A user id, an E.164 number, or "all". */
  key: string;
  /** yyyy-MM-dd. */
  day: string;
  amount: number;
  limit: number;
}

/** A charge that would take its counter past the limit; nothing of the transaction it was part of is kept. */
export class UsageLimitReached extends Error {
  constructor(
    readonly charge: UsageCharge,
    /** How much was used before this charge. */
    readonly used: number,
  ) {
    super(`daily limit reached: ${charge.scope} ${charge.key} ${charge.day} (${used}/${charge.limit})`);
    this.name = "UsageLimitReached";
  }
}

/**
 * Adds the charge's amount to its counter if the result stays within the limit, in one statement; returns whether
 * it did. Run it inside the transaction that creates what it counts.
 */
export function tryCharge(tx: DbOrTx, charge: UsageCharge): boolean {
  if (charge.amount <= 0) return true;
  if (charge.amount > charge.limit) return false;
  const rows = tx.all<{ used: number }>(sql`
    insert into ${usageCounters} (scope, key, day, used, updated_at)
    values (${charge.scope}, ${charge.key}, ${charge.day}, ${charge.amount}, ${Date.now()})
    on conflict (scope, key, day) do update
      set used = used + excluded.used, updated_at = excluded.updated_at
      where used + excluded.used <= ${charge.limit}
    returning used`);
  return rows.length > 0;
}

/** Applies every charge or throws UsageLimitReached (the caller's transaction then rolls all of them back). */
export function applyCharges(tx: DbOrTx, charges: readonly UsageCharge[]): void {
  for (const charge of charges) {
    if (!tryCharge(tx, charge)) throw new UsageLimitReached(charge, usedIn(tx, charge));
  }
}

/** Applies the charges in a transaction of their own. */
export function chargeUsage(charges: readonly UsageCharge[]): void {
  writeTransaction((tx) => applyCharges(tx, charges));
}

/** Gives back a charge whose work did not happen after all (a dial the vendor refused); never below zero. */
export function refundUsage(tx: DbOrTx, charge: Omit<UsageCharge, "limit">): void {
  tx.update(usageCounters)
    .set({ used: sql`max(0, ${usageCounters.used} - ${charge.amount})` })
    .where(
      and(
        eq(usageCounters.scope, charge.scope),
        eq(usageCounters.key, charge.key),
        eq(usageCounters.day, charge.day),
      ),
    )
    .run();
}

/** Adds usage measured after the fact (LLM tokens): it may pass the limit, which then stops the next use. */
export function addUsage(input: { scope: UsageScope; key: string; day: string; amount: number }): void {
  if (input.amount <= 0) return;
  getDb()
    .insert(usageCounters)
    .values({ scope: input.scope, key: input.key, day: input.day, used: input.amount, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: [usageCounters.scope, usageCounters.key, usageCounters.day],
      set: { used: sql`${usageCounters.used} + excluded.used`, updatedAt: new Date() },
    })
    .run();
}

function usedIn(db: DbOrTx, charge: Pick<UsageCharge, "scope" | "key" | "day">): number {
  const row = db
    .select({ used: usageCounters.used })
    .from(usageCounters)
    .where(
      and(
        eq(usageCounters.scope, charge.scope),
        eq(usageCounters.key, charge.key),
        eq(usageCounters.day, charge.day),
      ),
    )
    .get();
  return row?.used ?? 0;
}

/** How much of each scope one key has used on a day (0 when nothing was counted). */
export async function readUsage(
  key: string,
  day: string,
  scopes: readonly UsageScope[],
): Promise<Record<UsageScope, number>> {
  const rows = getDb()
    .select({ scope: usageCounters.scope, used: usageCounters.used })
    .from(usageCounters)
    .where(
      and(eq(usageCounters.key, key), eq(usageCounters.day, day), inArray(usageCounters.scope, [...scopes])),
    )
    .all();
  const usage = Object.fromEntries(scopes.map((scope) => [scope, 0])) as Record<UsageScope, number>;
  for (const row of rows) usage[row.scope] = row.used;
  return usage;
}

/** Every counter of one scope from a day on (the admin overview). */
export async function listUsageSince(
  scope: UsageScope,
  firstDay: string,
): Promise<Array<{ key: string; day: string; used: number }>> {
  return getDb()
    .select({ key: usageCounters.key, day: usageCounters.day, used: usageCounters.used })
    .from(usageCounters)
    .where(and(eq(usageCounters.scope, scope), gte(usageCounters.day, firstDay)))
    .all();
}

const personScopes: UsageScope[] = ["person_bookings", "person_calls", "person_llm_tokens"];

/**
 * A guest who signs up (or signs in) keeps what they used as a guest: their counters are added to the account's,
 * so signing up never hands out a fresh allowance. Part of the account-linking transaction.
 */
export function movePersonUsage(tx: DbOrTx, fromUserId: string, toUserId: string): void {
  tx.run(sql`
    insert into ${usageCounters} (scope, key, day, used, updated_at)
    select scope, ${toUserId}, day, used, updated_at from ${usageCounters}
    where key = ${fromUserId} and scope in (${sql.join(
      personScopes.map((scope) => sql`${scope}`),
      sql`, `,
    )})
    on conflict (scope, key, day) do update set used = used + excluded.used`);
  tx.delete(usageCounters)
    .where(and(eq(usageCounters.key, fromUserId), inArray(usageCounters.scope, personScopes)))
    .run();
}
