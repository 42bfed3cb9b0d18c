import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { newId } from "@/lib/ids";
import { insertBusyBlock } from "./calendar-busy-blocks";
import { getCalendarFeed, replaceCalendarFeed } from "./calendar-feeds";
import { insertCalendarSource, listCalendarSources } from "./calendar-sources";
import { getDb } from "./client";
import { busyBlocks, user } from "./schema";
import { reassignUserData } from "./users";

const now = new Date("2026-11-26T15:00:00Z");

async function person(): Promise<string> {
  const id = `usr_${newId("busy").slice(5)}`;
  await getDb()
    .insert(user)
    .values({ id, name: "P", email: `${id}@example.test` });
  return id;
}

async function feedFor(userId: string, token: string) {
  await replaceCalendarFeed({ userId, tokenHash: `hash-${token}`, tokenSealed: `sealed-${token}`, now });
}

describe("a guest's calendar when they sign up or in", () => {
  test("busy blocks, calendars and the feed move to the account", async () => {
    const guest = await person();
    const account = await person();
    await insertBusyBlock({ id: newId("busy"), userId: guest, title: null, startsAt: now, endsAt: now, now });
    await insertCalendarSource({
      id: newId("cal"),
      userId: guest,
      kind: "file",
      name: "work.ics",
      url: null,
      timeZone: "UTC",
      ics: "BEGIN:VCALENDAR\r\nEND:VCALENDAR",
      contentHash: "h",
      eventCount: 0,
      now,
    });
    await feedFor(guest, "guest");

    await reassignUserData(guest, account);
    expect(await getDb().select().from(busyBlocks).where(eq(busyBlocks.userId, account))).toHaveLength(1);
    expect(await listCalendarSources(account)).toHaveLength(1);
    expect((await getCalendarFeed(account))?.tokenHash).toBe("hash-guest");
    expect(await getCalendarFeed(guest)).toBeUndefined();
  });

  test("an account that already has a feed keeps its own", async () => {
    const guest = await person();
    const account = await person();
    await feedFor(guest, "guest2");
    await feedFor(account, "account2");
    await reassignUserData(guest, account);
    expect((await getCalendarFeed(account))?.tokenHash).toBe("hash-account2");
  });
});
