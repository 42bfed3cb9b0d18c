// The ElevenLabs webhook inbox: verified post-call events waiting to be processed. An event is acknowledged once it
// is stored here, together with the job that processes it (lib/jobs/queues.ts, elevenLabsWebhook), so nothing
// acknowledged is lost to a crash (ElevenLabs delivers each event once); a processed event leaves the inbox and its
// key goes to webhook_receipts, so a redelivery changes nothing.
import { asc, eq, sql } from "drizzle-orm";
import { queues } from "@/lib/jobs/queues";
import { getDb, transaction } from "./client";
import { enqueueJob } from "./jobs";
import { elevenLabsWebhookEvents, webhookReceipts } from "./schema";

export interface InboxEvent {
  key: string;
  type: string;
  body: string;
  attempts: number;
}

/** Stores a verified event and queues its processing; false when it is already waiting or was already processed. */
export async function enqueueWebhookEvent(input: {
  key: string;
  type: string;
  body: string;
  now: Date;
}): Promise<boolean> {
  return transaction(async (tx) => {
    const [processed] = await tx
      .select({ key: webhookReceipts.key })
      .from(webhookReceipts)
      .where(eq(webhookReceipts.key, input.key))
      .limit(1);
    if (processed) return false;
    const inserted = await tx
      .insert(elevenLabsWebhookEvents)
      .values({ key: input.key, type: input.type, body: input.body, receivedAt: input.now })
      .onConflictDoNothing()
      .returning({ key: elevenLabsWebhookEvents.key });
    if (inserted.length === 0) return false;
    await enqueueJob({ queue: queues.elevenLabsWebhook, data: { key: input.key } });
    return true;
  });
}

/** The waiting event with this key; undefined once it was processed. */
export async function getWebhookEvent(key: string): Promise<InboxEvent | undefined> {
  const [row] = await getDb()
    .select({
      key: elevenLabsWebhookEvents.key,
      type: elevenLabsWebhookEvents.type,
      body: elevenLabsWebhookEvents.body,
      attempts: elevenLabsWebhookEvents.attempts,
    })
    .from(elevenLabsWebhookEvents)
    .where(eq(elevenLabsWebhookEvents.key, key))
    .limit(1);
  return row;
}

/** Keys of the events still waiting (not processed yet, or failed so far), oldest first. */
export async function listWaitingWebhookKeys(): Promise<string[]> {
  const rows = await getDb()
    .select({ key: elevenLabsWebhookEvents.key })
    .from(elevenLabsWebhookEvents)
    .orderBy(asc(elevenLabsWebhookEvents.receivedAt), asc(elevenLabsWebhookEvents.key));
  return rows.map((row) => row.key);
}

/** The event was processed: it leaves the inbox and its receipt is recorded, in one transaction. */
export async function completeWebhookEvent(key: string, now: Date): Promise<void> {
  await transaction(async (tx) => {
    await tx.delete(elevenLabsWebhookEvents).where(eq(elevenLabsWebhookEvents.key, key));
    await tx.insert(webhookReceipts).values({ key, createdAt: now }).onConflictDoNothing();
  });
}

/** Processing failed: the event stays, with what went wrong, for its job's next attempt (and an admin's eyes). */
export async function failWebhookEvent(key: string, error: string, now: Date): Promise<void> {
  await getDb()
    .update(elevenLabsWebhookEvents)
    .set({
      attempts: sql`${elevenLabsWebhookEvents.attempts} + 1`,
      lastError: error.slice(0, 1_000),
      failedAt: now,
    })
    .where(eq(elevenLabsWebhookEvents.key, key));
}
