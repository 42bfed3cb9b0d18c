// Queries for the busy blocks a person adds by hand.
import { and, asc, eq, gt, lt } from "drizzle-orm";
import { getDb } from "./client";
import { busyBlocks, type BusyBlockRow } from "./schema";

export type BusyBlock = BusyBlockRow;

export async function insertBusyBlock(block: {
  id: string;
  userId: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  now: Date;
}): Promise<BusyBlock> {
  const { now, ...values } = block;
  const [inserted] = await getDb()
    .insert(busyBlocks)
    .values({ ...values, createdAt: now })
    .returning();
  return inserted;
}

/** The person's blocks overlapping [from, to), earliest first. */
export async function listBusyBlocksOverlapping(
  userId: string,
  range: { from: Date; to: Date },
): Promise<BusyBlock[]> {
  return getDb()
    .select()
    .from(busyBlocks)
    .where(
      and(
        eq(busyBlocks.userId, userId),
        lt(busyBlocks.startsAt, range.to),
        gt(busyBlocks.endsAt, range.from),
      ),
    )
    .orderBy(asc(busyBlocks.startsAt));
}

/** Blocks that have not ended by `after`, earliest first (the calendar page). */
export async function listUpcomingBusyBlocks(userId: string, after: Date, limit = 200): Promise<BusyBlock[]> {
  return getDb()
    .select()
    .from(busyBlocks)
    .where(and(eq(busyBlocks.userId, userId), gt(busyBlocks.endsAt, after)))
    .orderBy(asc(busyBlocks.startsAt))
    .limit(limit);
}

/** Deletes the block only when it is this person's; false otherwise (the caller answers 404). */
export async function deleteBusyBlock(id: string, userId: string): Promise<boolean> {
  const deleted = await getDb()
    .delete(busyBlocks)
    .where(and(eq(busyBlocks.id, id), eq(busyBlocks.userId, userId)))
    .returning({ id: busyBlocks.id });
  return deleted.length === 1;
}
