// Queries behind the admin's people pages: signed-up accounts (guests are not listed), searched by email, with what
// each used today and any limits an admin changed.
import { and, count, desc, eq, inArray, or, type SQL, type SQLWrapper } from "drizzle-orm";
import { getDb } from "./client";
import { likeIgnoringCase } from "./dialect-sql";
import { personLimits, usageCounters, user } from "./schema";

export interface PersonRow {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
  role: string | null;
  isAnonymous: boolean;
  createdAt: Date;
}

const personColumns = {
  id: user.id,
  email: user.email,
  name: user.name,
  emailVerified: user.emailVerified,
  role: user.role,
  isAnonymous: user.isAnonymous,
  createdAt: user.createdAt,
};

export async function listPeople(
  filter: { search?: string },
  page: { limit: number; offset: number },
): Promise<{ people: PersonRow[]; total: number }> {
  const conditions: SQL[] = [eq(user.isAnonymous, false)];
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const matches = (column: SQLWrapper) => likeIgnoringCase(column, pattern);
    conditions.push(or(matches(user.email), matches(user.name), eq(user.id, filter.search))!);
  }
  const where = and(...conditions);
  const db = getDb();
  const rows = await db
    .select(personColumns)
    .from(user)
    .where(where)
    .orderBy(desc(user.createdAt))
    .limit(page.limit)
    .offset(page.offset);
  const people = rows.map((row) => ({ ...row, isAnonymous: Boolean(row.isAnonymous) }));
  const [{ total }] = await db.select({ total: count() }).from(user).where(where);
  return { people, total };
}

export async function getPerson(id: string): Promise<PersonRow | undefined> {
  const [row] = await getDb().select(personColumns).from(user).where(eq(user.id, id)).limit(1);
  return row ? { ...row, isAnonymous: Boolean(row.isAnonymous) } : undefined;
}

/** Today's bookings and calls of each of these people, and whether an admin changed their limits. */
export async function peopleUsageOn(
  userIds: readonly string[],
  day: string,
): Promise<Map<string, { bookings: number; calls: number; customLimits: boolean }>> {
  const usage = new Map(userIds.map((id) => [id, { bookings: 0, calls: 0, customLimits: false }]));
  if (userIds.length === 0) return usage;
  const db = getDb();
  const counters = await db
    .select({ key: usageCounters.key, scope: usageCounters.scope, used: usageCounters.used })
    .from(usageCounters)
    .where(
      and(
        inArray(usageCounters.key, [...userIds]),
        eq(usageCounters.day, day),
        inArray(usageCounters.scope, ["person_bookings", "person_calls"]),
      ),
    );
  for (const row of counters) {
    const entry = usage.get(row.key)!;
    if (row.scope === "person_bookings") entry.bookings = row.used;
    else entry.calls = row.used;
  }
  const custom = await db
    .select({ userId: personLimits.userId })
    .from(personLimits)
    .where(inArray(personLimits.userId, [...userIds]));
  for (const row of custom) usage.get(row.userId)!.customLimits = true;
  return usage;
}
