// Queries for the busy blocks a person adds by hand.
import { and, asc, count, eq, gt, lt } from "drizzle-orm";
import { forUpdate, getDb, transaction } from "./client";
import { busyBlocks, user, type BusyBlockRow } from "./schema";

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

/**
 * Inserts the block unless the person already has `maxUpcoming` blocks that have not ended by `now`: then null.
 * The person's row is locked while their blocks are counted, so concurrent adds cannot pass the cap together.
 */
export async function insertBusyBlockWithinCap(
  block: Parameters<typeof insertBusyBlock>[0],
  maxUpcoming: number,
): Promise<BusyBlock | null> {
  return transaction(async (tx) => {
    await forUpdate(tx.select({ id: user.id }).from(user).where(eq(user.id, block.userId)).$dynamic());
    const [upcoming] = await tx
      .select({ blocks: count() })
      .from(busyBlocks)
      .where(and(eq(busyBlocks.userId, block.userId), gt(busyBlocks.endsAt, block.now)));
    if ((upcoming?.blocks ?? 0) >= maxUpcoming) return null;
    return insertBusyBlock(block);
  });
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
