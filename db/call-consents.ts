// Queries for a person's consent to CallPilot calling businesses on their behalf (one row per version agreed to).
import { and, desc, eq } from "drizzle-orm";
import { getDb, writeTransaction } from "./client";
import { callConsents, type CallConsentRow } from "./schema";

/** Records the consent; agreeing again to the same version keeps the first time. */
export async function recordConsent(input: {
  userId: string;
  version: string;
  now: Date;
}): Promise<CallConsentRow> {
  return writeTransaction((tx) => {
    tx.insert(callConsents)
      .values({ userId: input.userId, version: input.version, givenAt: input.now })
      .onConflictDoNothing()
      .run();
    return tx
      .select()
      .from(callConsents)
      .where(and(eq(callConsents.userId, input.userId), eq(callConsents.version, input.version)))
      .get()!;
  });
}

export async function findConsent(userId: string, version: string): Promise<CallConsentRow | undefined> {
  return getDb()
    .select()
    .from(callConsents)
    .where(and(eq(callConsents.userId, userId), eq(callConsents.version, version)))
    .get();
}

/** The most recent consent of any version, for the account page and the admin. */
export async function latestConsent(userId: string): Promise<CallConsentRow | undefined> {
  return getDb()
    .select()
    .from(callConsents)
    .where(eq(callConsents.userId, userId))
    .orderBy(desc(callConsents.givenAt))
    .get();
}
