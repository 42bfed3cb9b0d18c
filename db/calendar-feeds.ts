// Queries for a person's private calendar feed token (one live token per person).
import { eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "./client";
import { calendarFeeds, type CalendarFeedRow } from "./schema";

export type CalendarFeed = CalendarFeedRow;

/** Stores the person's token, replacing (and so retiring) any earlier one. */
export async function replaceCalendarFeed(
  feed: { userId: string; tokenHash: string; tokenSealed: string; now: Date },
  db: DbOrTx = getDb(),
): Promise<CalendarFeed> {
  const values = { tokenHash: feed.tokenHash, tokenSealed: feed.tokenSealed, createdAt: feed.now };
  return db
    .insert(calendarFeeds)
    .values({ userId: feed.userId, ...values })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: values })
    .returning()
    .get();
}

export async function getCalendarFeed(
  userId: string,
  db: DbOrTx = getDb(),
): Promise<CalendarFeed | undefined> {
  return db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).get();
}

export async function findCalendarFeedByTokenHash(
  tokenHash: string,
  db: DbOrTx = getDb(),
): Promise<CalendarFeed | undefined> {
  return db.select().from(calendarFeeds).where(eq(calendarFeeds.tokenHash, tokenHash)).get();
}

export async function deleteCalendarFeed(userId: string, db: DbOrTx = getDb()): Promise<boolean> {
  return db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).run().changes === 1;
}
