// The ElevenLabs webhook inbox: verified post-call events waiting to be processed. An event is acknowledged once it
// is stored here, so nothing acknowledged is lost to a crash (ElevenLabs delivers each event once); a processed event
// leaves the inbox and its key goes to webhook_receipts, so a redelivery changes nothing.
import { and, asc, eq, lt, or, sql } from "drizzle-orm";
import { getDb, writeTransaction } from "./client";
import { elevenLabsWebhookEvents, webhookReceipts } from "./schema";

export interface InboxEvent {
  key: string;
  type: string;
  body: string;
  attempts: number;
}

/** Stores a verified event; false when the same event is already waiting or was already processed. */
export async function enqueueWebhookEvent(input: {
  key: string;
  type: string;
  body: string;
  now: Date;
}): Promise<boolean> {
  // No transaction: a receipt recorded between the check and the insert only means a redelivery is processed
  // again, and processing is idempotent.
  const db = getDb();
  const processed = db
    .select({ key: webhookReceipts.key })
    .from(webhookReceipts)
    .where(eq(webhookReceipts.key, input.key))
    .get();
  if (processed) return false;
  const inserted = db
    .insert(elevenLabsWebhookEvents)
    .values({ key: input.key, type: input.type, body: input.body, receivedAt: input.now })
    .onConflictDoNothing()
    .returning({ key: elevenLabsWebhookEvents.key })
    .all();
  return inserted.length === 1;
}

/** Waiting events, oldest first: new ones, and failed ones whose retry delay has passed. */
export async function listPendingWebhookEvents(input: {
  now: Date;
  limit: number;
  retryAfterMs: number;
  maxAttempts: number;
}): Promise<InboxEvent[]> {
  const retryBefore = new Date(input.now.getTime() - input.retryAfterMs);
  return getDb()
    .select({
      key: elevenLabsWebhookEvents.key,
      type: elevenLabsWebhookEvents.type,
      body: elevenLabsWebhookEvents.body,
      attempts: elevenLabsWebhookEvents.attempts,
    })
    .from(elevenLabsWebhookEvents)
    .where(
      and(
        lt(elevenLabsWebhookEvents.attempts, input.maxAttempts),
        or(eq(elevenLabsWebhookEvents.attempts, 0), lt(elevenLabsWebhookEvents.failedAt, retryBefore)),
      ),
    )
    .orderBy(asc(elevenLabsWebhookEvents.receivedAt))
    .limit(input.limit)
    .all();
}

/** The event was processed: it leaves the inbox and its receipt is recorded, in one transaction. */
export async function completeWebhookEvent(key: string, now: Date): Promise<void> {
  writeTransaction((tx) => {
    tx.delete(elevenLabsWebhookEvents).where(eq(elevenLabsWebhookEvents.key, key)).run();
    tx.insert(webhookReceipts).values({ key, createdAt: now }).onConflictDoNothing().run();
  });
}

/** Processing failed: the event stays, to be tried again later (up to the caller's maximum). */
export async function failWebhookEvent(key: string, error: string, now: Date): Promise<void> {
  getDb()
    .update(elevenLabsWebhookEvents)
    .set({
      attempts: sql`${elevenLabsWebhookEvents.attempts} + 1`,
      lastError: error.slice(0, 1_000),
      failedAt: now,
    })
    .where(eq(elevenLabsWebhookEvents.key, key))
    .run();
}
