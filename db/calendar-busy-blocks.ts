// Queries for the busy blocks a person adds by hand.
import { and, asc, eq, gt, lt } from "drizzle-orm";
import { getDb, type DbOrTx } from "./client";
import { busyBlocks, type BusyBlockRow } from "./schema";

export type BusyBlock = BusyBlockRow;

export async function insertBusyBlock(
  block: { id: string; userId: string; title: string | null; startsAt: Date; endsAt: Date; now: Date },
  db: DbOrTx = getDb(),
): Promise<BusyBlock> {
  const { now, ...values } = block;
  return db
    .insert(busyBlocks)
    .values({ ...values, createdAt: now })
    .returning()
    .get();
}

/** The person's blocks overlapping [from, to), earliest first. */
export async function listBusyBlocksOverlapping(
  userId: string,
  range: { from: Date; to: Date },
  db: DbOrTx = getDb(),
): Promise<BusyBlock[]> {
  return db
    .select()
    .from(busyBlocks)
    .where(
      and(
        eq(busyBlocks.userId, userId),
        lt(busyBlocks.startsAt, range.to),
        gt(busyBlocks.endsAt, range.from),
      ),
    )
    .orderBy(asc(busyBlocks.startsAt))
    .all();
}

/** Blocks that have not ended by `after`, earliest first (the calendar page). */
export async function listUpcomingBusyBlocks(
  userId: string,
  after: Date,
  limit = 200,
  db: DbOrTx = getDb(),
): Promise<BusyBlock[]> {
  return db
    .select()
    .from(busyBlocks)
    .where(and(eq(busyBlocks.userId, userId), gt(busyBlocks.endsAt, after)))
    .orderBy(asc(busyBlocks.startsAt))
    .limit(limit)
    .all();
}

/** Deletes the block only when it is this person's; false otherwise (the caller answers 404). */
export async function deleteBusyBlock(id: string, userId: string, db: DbOrTx = getDb()): Promise<boolean> {
  const result = db
    .delete(busyBlocks)
    .where(and(eq(busyBlocks.id, id), eq(busyBlocks.userId, userId)))
    .run();
  return result.changes === 1;
}
