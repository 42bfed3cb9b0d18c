// Queries for a person's imported calendar files and subscribed calendar URLs.
import { and, asc, eq, isNotNull, lt, or, isNull } from "drizzle-orm";
import { getDb } from "./client";
import { calendarSources, type CalendarSourceRow } from "./schema";

export type CalendarSource = CalendarSourceRow;

export async function insertCalendarSource(source: {
  id: string;
  userId: string;
  kind: CalendarSource["kind"];
  name: string;
  url: string | null;
  timeZone: string;
  ics: string;
  contentHash: string;
  eventCount: number;
  now: Date;
}): Promise<CalendarSource> {
  const { now, ...values } = source;
  const [inserted] = await getDb()
    .insert(calendarSources)
    .values({ ...values, fetchedAt: now, lastAttemptAt: now, createdAt: now, updatedAt: now })
    .returning();
  return inserted;
}

export async function listCalendarSources(userId: string): Promise<CalendarSource[]> {
  return getDb()
    .select()
    .from(calendarSources)
    .where(eq(calendarSources.userId, userId))
    .orderBy(asc(calendarSources.createdAt));
}

/** The source when it is this person's; undefined otherwise (the caller answers 404). */
export async function getCalendarSourceForUser(
  id: string,
  userId: string,
): Promise<CalendarSource | undefined> {
  const [source] = await getDb()
    .select()
    .from(calendarSources)
    .where(and(eq(calendarSources.id, id), eq(calendarSources.userId, userId)))
    .limit(1);
  return source;
}

export async function deleteCalendarSource(id: string, userId: string): Promise<boolean> {
  const deleted = await getDb()
    .delete(calendarSources)
    .where(and(eq(calendarSources.id, id), eq(calendarSources.userId, userId)))
    .returning({ id: calendarSources.id });
  return deleted.length === 1;
}

/** A successful fetch: the new text replaces the old, and the error is cleared. */
export async function recordSourceFetched(
  id: string,
  result: { ics: string; contentHash: string; eventCount: number; now: Date },
): Promise<CalendarSource | undefined> {
  const [updated] = await getDb()
    .update(calendarSources)
    .set({
      ics: result.ics,
      contentHash: result.contentHash,
      eventCount: result.eventCount,
      fetchedAt: result.now,
      lastAttemptAt: result.now,
      lastError: null,
      updatedAt: result.now,
    })
    .where(eq(calendarSources.id, id))
    .returning();
  return updated;
}

/** A failed fetch keeps the last good text (busy times do not vanish because a server hiccuped). */
export async function recordSourceFailed(
  id: string,
  failure: { reason: string; now: Date },
): Promise<CalendarSource | undefined> {
  const [updated] = await getDb()
    .update(calendarSources)
    .set({ lastError: failure.reason, lastAttemptAt: failure.now, updatedAt: failure.now })
    .where(eq(calendarSources.id, id))
    .returning();
  return updated;
}

/** The person's subscriptions last attempted before `before` (or never). */
export async function listStaleSubscriptions(userId: string, before: Date): Promise<CalendarSource[]> {
  return getDb()
    .select()
    .from(calendarSources)
    .where(
      and(
        eq(calendarSources.userId, userId),
        eq(calendarSources.kind, "url"),
        isNotNull(calendarSources.url),
        or(isNull(calendarSources.lastAttemptAt), lt(calendarSources.lastAttemptAt, before)),
      ),
    );
}

/** Marks a stale subscription as being refreshed; false when another request claimed it first. */
export async function claimStaleSubscription(id: string, before: Date, now: Date): Promise<boolean> {
  const claimed = await getDb()
    .update(calendarSources)
    .set({ lastAttemptAt: now })
    .where(
      and(
        eq(calendarSources.id, id),
        or(isNull(calendarSources.lastAttemptAt), lt(calendarSources.lastAttemptAt, before)),
      ),
    )
    .returning({ id: calendarSources.id });
  return claimed.length === 1;
}

/** The person's calendars without their text: enough to tell whether a cached parse is still current. */
export async function listCalendarSourceVersions(
  userId: string,
): Promise<Array<Pick<CalendarSource, "id" | "name" | "kind" | "contentHash" | "timeZone">>> {
  return getDb()
    .select({
      id: calendarSources.id,
      name: calendarSources.name,
      kind: calendarSources.kind,
      contentHash: calendarSources.contentHash,
      timeZone: calendarSources.timeZone,
    })
    .from(calendarSources)
    .where(eq(calendarSources.userId, userId))
    .orderBy(asc(calendarSources.createdAt));
}

export async function getCalendarSourceText(id: string): Promise<string | null> {
  const [row] = await getDb()
    .select({ ics: calendarSources.ics })
    .from(calendarSources)
    .where(eq(calendarSources.id, id))
    .limit(1);
  return row?.ics ?? null;
}
