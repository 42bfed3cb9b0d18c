// Daily usage counters (bookings, calls, LLM tokens, voice per person; calls per business number; voice per client
// IP; calls and voice in all). A charge is one conditional upsert that adds to a counter only while it stays within
// its limit, run inside the write transaction of what it counts, so two concurrent requests can never both slip
// under a limit.
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { getDb, rawRows, transaction } from "./client";
import { greatest } from "./dialect-sql";
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
export async function tryCharge(charge: UsageCharge): Promise<boolean> {
  if (charge.amount <= 0) return true;
  if (charge.amount > charge.limit) return false;
  const now = new Date();
  const rows = await getDb()
    .insert(usageCounters)
    .values({ scope: charge.scope, key: charge.key, day: charge.day, used: charge.amount, updatedAt: now })
    .onConflictDoUpdate({
      target: [usageCounters.scope, usageCounters.key, usageCounters.day],
      set: { used: sql`${usageCounters.used} + excluded.used`, updatedAt: now },
      // The limit is checked by the same statement that adds: no window between reading the counter and writing it.
      setWhere: sql`${usageCounters.used} + excluded.used <= ${charge.limit}`,
    })
    .returning({ used: usageCounters.used });
  return rows.length > 0;
}

/** Applies every charge or throws UsageLimitReached (the caller's transaction then rolls all of them back). */
export async function applyCharges(charges: readonly UsageCharge[]): Promise<void> {
  for (const charge of charges) {
    if (!(await tryCharge(charge))) throw new UsageLimitReached(charge, await usedIn(charge));
  }
}

/** Applies the charges in a transaction of their own. */
export async function chargeUsage(charges: readonly UsageCharge[]): Promise<void> {
  await transaction(() => applyCharges(charges));
}

/** Gives back a charge whose work did not happen after all (a dial the vendor refused); never below zero. */
export async function refundUsage(charge: Omit<UsageCharge, "limit">): Promise<void> {
  await getDb()
    .update(usageCounters)
    .set({ used: greatest(0, sql`${usageCounters.used} - ${charge.amount}`) })
    .where(
      and(
        eq(usageCounters.scope, charge.scope),
        eq(usageCounters.key, charge.key),
        eq(usageCounters.day, charge.day),
      ),
    );
}

/** Adds usage measured after the fact (LLM tokens): it may pass the limit, which then stops the next use. */
export async function addUsage(input: {
  scope: UsageScope;
  key: string;
  day: string;
  amount: number;
}): Promise<void> {
  if (input.amount <= 0) return;
  const now = new Date();
  await getDb()
    .insert(usageCounters)
    .values({ scope: input.scope, key: input.key, day: input.day, used: input.amount, updatedAt: now })
    .onConflictDoUpdate({
      target: [usageCounters.scope, usageCounters.key, usageCounters.day],
      set: { used: sql`${usageCounters.used} + excluded.used`, updatedAt: now },
    });
}

async function usedIn(charge: Pick<UsageCharge, "scope" | "key" | "day">): Promise<number> {
  const [row] = await getDb()
    .select({ used: usageCounters.used })
    .from(usageCounters)
    .where(
      and(
        eq(usageCounters.scope, charge.scope),
        eq(usageCounters.key, charge.key),
        eq(usageCounters.day, charge.day),
      ),
    )
    .limit(1);
  return row?.used ?? 0;
}

/** How much of each scope one key has used on a day (0 when nothing was counted). */
export async function readUsage(
  key: string,
  day: string,
  scopes: readonly UsageScope[],
): Promise<Record<UsageScope, number>> {
  const rows = await getDb()
    .select({ scope: usageCounters.scope, used: usageCounters.used })
    .from(usageCounters)
    .where(
      and(eq(usageCounters.key, key), eq(usageCounters.day, day), inArray(usageCounters.scope, [...scopes])),
    );
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
    .where(and(eq(usageCounters.scope, scope), gte(usageCounters.day, firstDay)));
}

const personScopes: UsageScope[] = [
  "person_bookings",
  "person_calls",
  "person_llm_tokens",
  "person_tasks",
  "person_tts_characters",
  "person_voice_sessions",
];

/**
 * A guest who signs up (or signs in) keeps what they used as a guest: their counters are added to the account's,
 * so signing up never hands out a fresh allowance. Run it inside the account-linking transaction.
 */
export async function movePersonUsage(fromUserId: string, toUserId: string): Promise<void> {
  await rawRows(sql`
    insert into ${usageCounters} (scope, key, day, used, updated_at)
    select scope, ${toUserId}, day, used, updated_at from ${usageCounters}
    where key = ${fromUserId} and scope in (${sql.join(
      personScopes.map((scope) => sql`${scope}`),
      sql`, `,
    )})
    on conflict (scope, key, day) do update set used = ${usageCounters.used} + excluded.used`);
  await getDb()
    .delete(usageCounters)
    .where(and(eq(usageCounters.key, fromUserId), inArray(usageCounters.scope, personScopes)));
}
