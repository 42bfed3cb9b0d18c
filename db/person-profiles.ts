// Queries for the person's profile: the details agents may answer with, and their after-booking settings.
import { and, eq, isNotNull } from "drizzle-orm";
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
  /** The local hours a hand-over may ring them, as stored (read with readHandoverHours); null means never. */
  hours: unknown;
}

/**
 * What the in-call hand-over needs to know; a person without a profile has no phone and no consent. Consent is
 * read as stored (not folded into the phone) so a refused hand-over can say which of the two is missing.
 */
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
  return row ?? { verifiedPhone: null, consent: false, hours: null };
}

/** Turns the day-before reminder emails on or off (a person with no profile yet gets one). */
export async function setAppointmentReminders(userId: string, on: boolean, now: Date): Promise<void> {
  await getDb()
    .insert(personProfiles)
    .values({ userId, appointmentReminders: on, updatedAt: now })
    .onConflictDoUpdate({ target: personProfiles.userId, set: { appointmentReminders: on, updatedAt: now } });
}

export interface AfterBookingSettingsRow {
  appointmentReminders: boolean;
  verifiedPhone: string | null;
  phoneVerifiedAt: Date | null;
  handoverConsent: boolean;
  handoverHours: HandoverHours | null;
}

/** The person's reminder, phone and hand-over settings (the defaults when they have no profile yet). */
export async function getAfterBookingSettings(userId: string): Promise<AfterBookingSettingsRow> {
  const [row] = await getDb()
    .select({
      appointmentReminders: personProfiles.appointmentReminders,
      verifiedPhone: personProfiles.verifiedPhone,
      phoneVerifiedAt: personProfiles.phoneVerifiedAt,
      handoverConsent: personProfiles.handoverConsent,
      handoverHours: personProfiles.handoverHours,
    })
    .from(personProfiles)
    .where(eq(personProfiles.userId, userId))
    .limit(1);
  if (!row)
    return {
      appointmentReminders: true,
      verifiedPhone: null,
      phoneVerifiedAt: null,
      handoverConsent: false,
      handoverHours: null,
    };
  return {
    ...row,
    // Consent without a verified phone cannot ring anyone, so it reads as off.
    handoverConsent: row.handoverConsent && row.verifiedPhone !== null,
    handoverHours: readHandoverHours(row.handoverHours),
  };
}

/**
 * Replaces the hand-over consent and hours. Consent is written only while the person has a verified phone (checked in
 * the same statement, so a phone removed meanwhile cannot leave consent on); false when it was refused for that.
 */
export async function saveHandoverSettings(
  userId: string,
  settings: { consent: boolean; hours: HandoverHours | null },
  now: Date,
): Promise<boolean> {
  const values = { handoverConsent: settings.consent, handoverHours: settings.hours, updatedAt: now };
  if (!settings.consent) {
    await getDb()
      .insert(personProfiles)
      .values({ userId, ...values })
      .onConflictDoUpdate({ target: personProfiles.userId, set: values });
    return true;
  }
  const updated = await getDb()
    .update(personProfiles)
    .set(values)
    .where(and(eq(personProfiles.userId, userId), isNotNull(personProfiles.verifiedPhone)))
    .returning({ userId: personProfiles.userId });
  return updated.length === 1;
}

/** Forgets the person's verified phone; the hand-over consent goes with it (it cannot ring anyone). */
export async function removeVerifiedPhone(userId: string, now: Date): Promise<void> {
  await getDb()
    .update(personProfiles)
    .set({ verifiedPhone: null, phoneVerifiedAt: null, handoverConsent: false, updatedAt: now })
    .where(eq(personProfiles.userId, userId));
}
