// When two providers are the same business: the same phone number, or the same name at the same address
// (compared without case, punctuation or extra spaces, so "Main St." matches "main st").
export interface ProviderIdentity {
  name: string;
  address: string;
  phone: string | null;
}

export function nameAddressKey(provider: Pick<ProviderIdentity, "name" | "address">): string {
  const clean = (text: string) =>
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return `${clean(provider.name)}|${clean(provider.address)}`;
}

export type DuplicateReason = "phone" | "name_address";

/** The first of `existing` that is the same business as `candidate`, and why. */
export function findDuplicate<T extends ProviderIdentity>(
  candidate: ProviderIdentity,
  existing: readonly T[],
): { match: T; reason: DuplicateReason } | null {
  const key = nameAddressKey(candidate);
  for (const other of existing) {
    if (candidate.phone && other.phone === candidate.phone) return { match: other, reason: "phone" };
    if (nameAddressKey(other) === key) return { match: other, reason: "name_address" };
  }
  return null;
}
