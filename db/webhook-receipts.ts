// Receipts of processed webhook deliveries: a redelivered event finds its receipt and changes nothing.
import { eq } from "drizzle-orm";
import { getDb } from "./client";
import { webhookReceipts } from "./schema";

/**
 * Records that the delivery with this key was processed; false when it already had been. Record it once the
 * event's effects are stored: processing is itself idempotent, so a crash in between only means the redelivery
 * is processed again to the same result, never that an event is lost.
 */
export async function recordWebhookReceipt(key: string, now: Date): Promise<boolean> {
  const inserted = await getDb()
    .insert(webhookReceipts)
    .values({ key, createdAt: now })
    .onConflictDoNothing()
    .returning({ key: webhookReceipts.key });
  return inserted.length === 1;
}

export async function hasWebhookReceipt(key: string): Promise<boolean> {
  const [row] = await getDb().select().from(webhookReceipts).where(eq(webhookReceipts.key, key)).limit(1);
  return row !== undefined;
}
