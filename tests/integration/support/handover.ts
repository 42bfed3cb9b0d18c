// The person's hand-over settings as the settings page would leave them (issue 16): a verified phone, consent and
// hours, written straight to their profile so the hand-over tests do not depend on the verification flow.
import { getDb } from "@/db/client";
import { personProfiles } from "@/db/schema";

export const personPhone = "+16175550199";

export async function saveHandoverSettings(
  userId: string,
  settings: {
    consent: boolean;
    phone?: string | null;
    hours?: { start: string; end: string; time_zone: string } | null;
  },
  now = new Date(),
): Promise<void> {
  const values = {
    verifiedPhone: settings.phone === undefined ? personPhone : settings.phone,
    phoneVerifiedAt: settings.phone === null ? null : now,
    handoverConsent: settings.consent,
    handoverHours:
      settings.hours === undefined ? { start: "00:00", end: "23:59", time_zone: "UTC" } : settings.hours,
    updatedAt: now,
  };
  await getDb()
    .insert(personProfiles)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: personProfiles.userId, set: values });
}
