// Queries for the details a person pre-fills so agents can answer common questions without asking them.
import { eq } from "drizzle-orm";
import { getDb } from "./client";
import { personProfiles, type PersonProfileRow } from "./schema";

export type PersonProfileFields = Pick<
  PersonProfileRow,
  "insuranceProvider" | "dateOfBirth" | "petName" | "callbackNumber"
>;

export async function getPersonProfile(userId: string): Promise<PersonProfileFields | undefined> {
  const [profile] = await getDb()
    .select({
      insuranceProvider: personProfiles.insuranceProvider,
      dateOfBirth: personProfiles.dateOfBirth,
      petName: personProfiles.petName,
      callbackNumber: personProfiles.callbackNumber,
    })
    .from(personProfiles)
    .where(eq(personProfiles.userId, userId))
    .limit(1);
  return profile;
}

/** Replaces the person's whole profile (a field left empty is stored as null). */
export async function savePersonProfile(
  userId: string,
  fields: PersonProfileFields,
  now: Date,
): Promise<void> {
  await getDb()
    .insert(personProfiles)
    .values({ userId, ...fields, updatedAt: now })
    .onConflictDoUpdate({ target: personProfiles.userId, set: { ...fields, updatedAt: now } });
}
