// Queries for the leases of open live-update streams: taken under the person's cap, renewed while the stream is
// open, deleted when it closes. Every instance shares the table, so the cap holds across all of them.
import { and, count, eq, gt, lte } from "drizzle-orm";
import { forUpdate, getDb, transaction } from "./client";
import { streamLeases, user } from "./schema";

/**
 * Takes a lease for one more stream unless the person already holds `max` unexpired ones: false then. The person's
 * row is locked while their leases are counted, so streams opening at once on several instances cannot pass the cap
 * together. The person's expired leases (their instance died without closing them) are cleared on the way.
 */
export async function takeStreamLease(input: {
  id: string;
  userId: string;
  max: number;
  now: Date;
  expiresAt: Date;
}): Promise<boolean> {
  return transaction(async (tx) => {
    await forUpdate(tx.select({ id: user.id }).from(user).where(eq(user.id, input.userId)).$dynamic());
    await tx
      .delete(streamLeases)
      .where(and(eq(streamLeases.userId, input.userId), lte(streamLeases.expiresAt, input.now)));
    const [held] = await tx
      .select({ leases: count() })
      .from(streamLeases)
      .where(eq(streamLeases.userId, input.userId));
    if ((held?.leases ?? 0) >= input.max) return false;
    await tx.insert(streamLeases).values({
      id: input.id,
      userId: input.userId,
      expiresAt: input.expiresAt,
      createdAt: input.now,
    });
    return true;
  });
}

/** Moves the lease's expiry on; false when the lease is gone (it expired and was cleared, or its person was). */
export async function renewStreamLease(id: string, expiresAt: Date): Promise<boolean> {
  const renewed = await getDb()
    .update(streamLeases)
    .set({ expiresAt })
    .where(eq(streamLeases.id, id))
    .returning({ id: streamLeases.id });
  return renewed.length === 1;
}

export async function releaseStreamLease(id: string): Promise<void> {
  await getDb().delete(streamLeases).where(eq(streamLeases.id, id));
}

/** How many unexpired leases the person holds. */
export async function countStreamLeases(userId: string, now: Date): Promise<number> {
  const [held] = await getDb()
    .select({ leases: count() })
    .from(streamLeases)
    .where(and(eq(streamLeases.userId, userId), gt(streamLeases.expiresAt, now)));
  return held?.leases ?? 0;
}
