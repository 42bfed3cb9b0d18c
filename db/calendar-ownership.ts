// Moving a person's calendar data to the account they sign up or in with (called inside reassignUserData).
import { eq } from "drizzle-orm";
import type { Tx } from "./client";
import { busyBlocks, calendarFeeds, calendarSources, googleCalendarConnections } from "./schema";

/** Busy blocks and calendars move; the feed and Google connection move only when the account has none of its own. */
export function reassignCalendarData(tx: Tx, fromUserId: string, toUserId: string): void {
  tx.update(busyBlocks).set({ userId: toUserId }).where(eq(busyBlocks.userId, fromUserId)).run();
  tx.update(calendarSources).set({ userId: toUserId }).where(eq(calendarSources.userId, fromUserId)).run();
  if (!tx.select().from(calendarFeeds).where(eq(calendarFeeds.userId, toUserId)).get()) {
    tx.update(calendarFeeds).set({ userId: toUserId }).where(eq(calendarFeeds.userId, fromUserId)).run();
  }
  if (
    !tx.select().from(googleCalendarConnections).where(eq(googleCalendarConnections.userId, toUserId)).get()
  ) {
    tx.update(googleCalendarConnections)
      .set({ userId: toUserId })
      .where(eq(googleCalendarConnections.userId, fromUserId))
      .run();
  }
}
