// The person's pre-filled answers (GET/PUT /api/account/profile): one zod schema for the API, stored as the
// client_profiles row. An empty field is "not given": agents then put that question to the person live.
import { z } from "zod";
import { getPersonProfile, savePersonProfile } from "@/db/person-profiles";
import type { Clock } from "@/lib/clock";

const field = (description: string) =>
  z
    .string()
    .trim()
    .max(120)
    .nullable()
    .default(null)
    .transform((value) => (value ? value : null))
    .describe(description);

export const personProfileSchema = z
  .object({
    insurance_provider: field("The insurer and plan a clinic may ask for, e.g. Delta Dental PPO."),
    date_of_birth: field("As the person wants it said, e.g. 4 May 1990."),
    pet_name: field("For vets and groomers."),
    callback_number: field("The number a business may give out for a call back."),
  })
  .strict();
export type PersonProfileInput = z.input<typeof personProfileSchema>;
export type PersonProfileView = z.output<typeof personProfileSchema>;

export async function personProfileView(userId: string): Promise<PersonProfileView> {
  const profile = await getPersonProfile(userId);
  return {
    insurance_provider: profile?.insuranceProvider ?? null,
    date_of_birth: profile?.dateOfBirth ?? null,
    pet_name: profile?.petName ?? null,
    callback_number: profile?.callbackNumber ?? null,
  };
}

export async function updatePersonProfile(
  userId: string,
  profile: PersonProfileView,
  clock: Clock,
): Promise<PersonProfileView> {
  await savePersonProfile(
    userId,
    {
      insuranceProvider: profile.insurance_provider,
      dateOfBirth: profile.date_of_birth,
      petName: profile.pet_name,
      callbackNumber: profile.callback_number,
    },
    clock.now(),
  );
  return personProfileView(userId);
}
