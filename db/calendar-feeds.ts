// Queries for a person's private calendar feed token (one live token per person).
import { eq } from "drizzle-orm";
import { getDb } from "./client";
import { calendarFeeds, type CalendarFeedRow } from "./schema";

export type CalendarFeed = CalendarFeedRow;

/** Stores the person's token, replacing (and so retiring) any earlier one. */
export async function replaceCalendarFeed(feed: {
  userId: string;
  tokenHash: string;
  tokenSealed: string;
  now: Date;
}): Promise<CalendarFeed> {
  const values = { tokenHash: feed.tokenHash, tokenSealed: feed.tokenSealed, createdAt: feed.now };
  const [stored] = await getDb()
    .insert(calendarFeeds)
    .values({ userId: feed.userId, ...values })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: values })
    .returning();
  return stored;
}

export async function getCalendarFeed(userId: string): Promise<CalendarFeed | undefined> {
  const [feed] = await getDb().select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).limit(1);
  return feed;
}

export async function findCalendarFeedByTokenHash(tokenHash: string): Promise<CalendarFeed | undefined> {
  const [feed] = await getDb()
    .select()
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, tokenHash))
    .limit(1);
  return feed;
}

export async function deleteCalendarFeed(userId: string): Promise<boolean> {
  const deleted = await getDb()
    .delete(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId))
    .returning({ userId: calendarFeeds.userId });
  return deleted.length === 1;
}
