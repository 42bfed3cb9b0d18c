// Queries for the person's profile: the details agents may answer with, and their after-booking settings.
import { eq } from "drizzle-orm";
import { readHandoverHours, type HandoverHours } from "@/lib/account/handover-hours";
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

export interface HandoverSettings {
  /** The person's own phone (E.164), only once verified by a code; null otherwise. */
  verifiedPhone: string | null;
  /** Whether the person lets an agent put a business through to them (off by default). */
  consent: boolean;
  /** The local hours a hand-over may ring them; null means never. */
  hours: HandoverHours | null;
}

/** What the in-call hand-over needs to know; a person without a profile has no phone and no consent. */
export async function getHandoverSettings(userId: string): Promise<HandoverSettings> {
  const [row] = await getDb()
    .select({
      verifiedPhone: personProfiles.verifiedPhone,
      consent: personProfiles.handoverConsent,
      hours: personProfiles.handoverHours,
    })
    .from(personProfiles)
    .where(eq(personProfiles.userId, userId))
    .limit(1);
  if (!row) return { verifiedPhone: null, consent: false, hours: null };
  const verifiedPhone = row.verifiedPhone ?? null;
  // Consent without a verified phone cannot ring anyone, so it reads as off.
  return {
    verifiedPhone,
    consent: row.consent && verifiedPhone !== null,
    hours: readHandoverHours(row.hours),
  };
}

/** Turns the day-before reminder emails on or off (a person with no profile yet gets one). */
export async function setAppointmentReminders(userId: string, on: boolean, now: Date): Promise<void> {
  await getDb()
    .insert(personProfiles)
    .values({ userId, appointmentReminders: on, updatedAt: now })
    .onConflictDoUpdate({ target: personProfiles.userId, set: { appointmentReminders: on, updatedAt: now } });
}
