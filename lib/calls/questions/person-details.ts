// The details a person pre-filled on their account page, as agents receive them (labelled, in the call brief) and as
// ask_client uses them: a receptionist's question about one of them is answered from the profile, never put to the person.
import { getPersonProfile, type PersonProfileFields } from "@/db/person-profiles";

export interface PersonDetail {
  key: keyof PersonProfileFields;
  label: string;
  value: string;
}

/** Each detail with how a receptionist asks for it: the first field whose words appear in a question answers it. */
const detailKinds: Array<{ key: keyof PersonProfileFields; label: string; asked: RegExp }> = [
  {
    key: "insuranceProvider",
    label: "Insurance provider",
    asked: /\b(insurance|insurer|insured|health ?plan|medical aid|policy)\b/i,
  },
  {
    key: "dateOfBirth",
    label: "Date of birth",
    asked: /\b(date of birth|birth ?date|birthday|d\.?o\.?b\.?|born)\b/i,
  },
  {
    key: "petName",
    label: "Pet's name",
    asked: /\b(pet'?s? name|name of (?:the|your) (?:pet|dog|cat)|(?:dog|cat|pet) called)\b/i,
  },
  {
    key: "callbackNumber",
    label: "Callback number",
    asked:
      /\b(call ?back|phone number|contact number|number (?:to|we can) (?:reach|call)|reach (?:them|him|her))\b/i,
  },
];

export function personDetailsFrom(profile: PersonProfileFields | undefined): PersonDetail[] {
  if (!profile) return [];
  return detailKinds
    .map(({ key, label }) => ({ key, label, value: profile[key]?.trim() ?? "" }))
    .filter((detail) => detail.value !== "");
}

export async function personDetailsFor(userId: string): Promise<PersonDetail[]> {
  return personDetailsFrom(await getPersonProfile(userId));
}

/** The pre-filled detail a question asks for, if any. */
export function detailAnsweringQuestion(question: string, details: PersonDetail[]): PersonDetail | null {
  for (const kind of detailKinds) {
    if (!kind.asked.test(question)) continue;
    const detail = details.find((candidate) => candidate.key === kind.key);
    if (detail) return detail;
  }
  return null;
}

/** The details as one line of data for an agent: "Insurance provider: Aetna; Date of birth: 1990-05-04". */
export function describePersonDetails(details: PersonDetail[]): string {
  return details.length === 0 ? "none" : details.map((d) => `${d.label}: ${d.value}`).join("; ");
}
