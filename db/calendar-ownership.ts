// Moving a person's calendar data to the account they sign up or in with (called inside reassignUserData).
import { eq } from "drizzle-orm";
import { transaction } from "./client";
import { busyBlocks, calendarFeeds, calendarSources, googleCalendarConnections } from "./schema";

/** Busy blocks and calendars move; the feed and Google connection move only when the account has none of its own. */
export async function reassignCalendarData(fromUserId: string, toUserId: string): Promise<void> {
  await transaction(async (tx) => {
    await tx.update(busyBlocks).set({ userId: toUserId }).where(eq(busyBlocks.userId, fromUserId));
    await tx.update(calendarSources).set({ userId: toUserId }).where(eq(calendarSources.userId, fromUserId));
    const [accountFeed] = await tx
      .select({ userId: calendarFeeds.userId })
      .from(calendarFeeds)
      .where(eq(calendarFeeds.userId, toUserId))
      .limit(1);
    if (!accountFeed) {
      await tx.update(calendarFeeds).set({ userId: toUserId }).where(eq(calendarFeeds.userId, fromUserId));
    }
    const [accountConnection] = await tx
      .select({ userId: googleCalendarConnections.userId })
      .from(googleCalendarConnections)
      .where(eq(googleCalendarConnections.userId, toUserId))
      .limit(1);
    if (!accountConnection) {
      await tx
        .update(googleCalendarConnections)
        .set({ userId: toUserId })
        .where(eq(googleCalendarConnections.userId, fromUserId));
    }
  });
}
