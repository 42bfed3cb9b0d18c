// Queries for a person's consent to CallPilot calling businesses on their behalf (one row per version agreed to).
import { and, desc, eq } from "drizzle-orm";
import { getDb, transaction } from "./client";
import { callConsents, type CallConsentRow } from "./schema";

/** Records the consent; agreeing again to the same version keeps the first time. */
export async function recordConsent(input: {
  userId: string;
  version: string;
  language: string;
  now: Date;
}): Promise<CallConsentRow> {
  return transaction(async (tx) => {
    await tx
      .insert(callConsents)
      .values({ userId: input.userId, version: input.version, language: input.language, givenAt: input.now })
      .onConflictDoNothing();
    const [row] = await tx
      .select()
      .from(callConsents)
      .where(and(eq(callConsents.userId, input.userId), eq(callConsents.version, input.version)))
      .limit(1);
    return row;
  });
}

export async function findConsent(userId: string, version: string): Promise<CallConsentRow | undefined> {
  const [row] = await getDb()
    .select()
    .from(callConsents)
    .where(and(eq(callConsents.userId, userId), eq(callConsents.version, version)))
    .limit(1);
  return row;
}

/** The most recent consent of any version, for the account page and the admin. */
export async function latestConsent(userId: string): Promise<CallConsentRow | undefined> {
  const [row] = await getDb()
    .select()
    .from(callConsents)
    .where(eq(callConsents.userId, userId))
    .orderBy(desc(callConsents.givenAt))
    .limit(1);
  return row;
}
