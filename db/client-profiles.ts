// Queries for the details a person pre-fills so agents can answer common questions without asking them.
import { eq } from "drizzle-orm";
import { getDb } from "./client";
import { clientProfiles, type ClientProfileRow } from "./schema";

export type ClientProfileFields = Pick<
  ClientProfileRow,
  "insuranceProvider" | "dateOfBirth" | "petName" | "callbackNumber"
>;

export async function getClientProfile(userId: string): Promise<ClientProfileFields | undefined> {
  const [profile] = await getDb()
    .select({
      insuranceProvider: clientProfiles.insuranceProvider,
      dateOfBirth: clientProfiles.dateOfBirth,
      petName: clientProfiles.petName,
      callbackNumber: clientProfiles.callbackNumber,
    })
    .from(clientProfiles)
    .where(eq(clientProfiles.userId, userId))
    .limit(1);
  return profile;
}

/** Replaces the person's whole profile (a field left empty is stored as null). */
export async function saveClientProfile(
  userId: string,
  fields: ClientProfileFields,
  now: Date,
): Promise<void> {
  await getDb()
    .insert(clientProfiles)
    .values({ userId, ...fields, updatedAt: now })
    .onConflictDoUpdate({ target: clientProfiles.userId, set: { ...fields, updatedAt: now } });
}
