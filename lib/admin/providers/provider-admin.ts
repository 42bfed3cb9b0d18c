// Managing the provider directory: list and search, add, edit, disable and enable. A disabled provider is never
// selected for a booking and never dialed (lib/providers/select-providers.ts, lib/calls/dispatcher.ts).
import { z } from "zod";
import {
  insertProvidersChecked,
  listProvidersForAdmin,
  setProviderDisabledWithAudit,
  updateProviderChecked,
  type DirectoryDuplicate,
} from "@/db/admin-providers";
import { findListedNumbers } from "@/db/do-not-call";
import { getProvider, type Provider } from "@/db/providers";
import type { AuditActor, AuditRecord } from "@/lib/admin/audit-actions";
import { listPage } from "@/lib/admin/list-page";
import type { Clock } from "@/lib/clock";
import { conflict, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { serviceTypeSchema } from "@/lib/intake/booking-request";
import { formatOpeningHoursText } from "./opening-hours-text";
import { ProviderFieldsInvalid } from "./provider-errors";
import {
  checkProviderInput,
  providerInputSchema,
  type ProviderFields,
  type ProviderInput,
} from "./provider-input";

export const providersPageSize = 50;

export const providerListFilterSchema = z
  .object({
    search: z.string().trim().max(200).optional(),
    service_type: serviceTypeSchema.optional(),
    status: z.enum(["enabled", "disabled"]).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .strict();
export type ProviderListFilter = z.infer<typeof providerListFilterSchema>;

export async function listProvidersPage(filter: ProviderListFilter) {
  const { providers, total } = await listProvidersForAdmin(
    { search: filter.search, serviceType: filter.service_type, status: filter.status },
    { limit: providersPageSize, offset: (filter.page - 1) * providersPageSize },
  );
  const listed = new Set(await findListedNumbers(providers.flatMap((p) => (p.phone ? [p.phone] : []))));
  return {
    providers: providers.map((p) => ({ ...p, onDoNotCallList: p.phone ? listed.has(p.phone) : false })),
    ...listPage(filter.page, total, providersPageSize),
  };
}

/** A provider as the edit form shows it: every field as the admin would type it. */
export function providerAsInput(provider: Provider): Required<{ [K in keyof ProviderInput]: string }> {
  return {
    name: provider.name,
    service_type: provider.serviceType,
    phone: provider.phone ?? "",
    address: provider.address,
    city: provider.city,
    country: provider.country,
    time_zone: provider.timeZone,
    latitude: String(provider.latitude),
    longitude: String(provider.longitude),
    rating: provider.rating === null ? "" : String(provider.rating),
    opening_hours: formatOpeningHoursText(provider.openingHours),
    language: provider.language ?? "",
  };
}

export const providerCreateSchema = providerInputSchema;
export const providerPatchSchema = providerInputSchema
  .partial()
  .extend({ disabled: z.boolean().optional() })
  .strict();
export type ProviderPatch = z.infer<typeof providerPatchSchema>;

export function duplicateMessage(duplicate: DirectoryDuplicate): string {
  return duplicate.reason === "phone"
    ? `has the same phone number as ${duplicate.existing.name} (${duplicate.existing.id})`
    : `has the same name and address as ${duplicate.existing.name} (${duplicate.existing.id})`;
}

export async function createProvider(
  input: ProviderInput,
  actor: AuditActor,
  clock: Clock,
): Promise<Provider> {
  const checked = checkProviderInput(input);
  if (!checked.ok) throw new ProviderFieldsInvalid(checked.errors);
  const id = newId("prov");
  const now = clock.now();
  const result = await insertProvidersChecked({
    rows: [{ id, ...checked.fields, source: "admin", disabled: false, createdAt: now, updatedAt: now }],
    audit: { actor, action: "provider.create", targetId: id, details: { ...checked.fields }, at: now },
  });
  if (!result.ok) throw conflict(`This provider ${duplicateMessage(result.duplicates[0])}.`);
  return (await getProvider(id))!;
}

/** Applies a partial edit: the merged provider is validated as a whole; coordinates follow a changed city. */
export async function updateProvider(
  id: string,
  patch: ProviderPatch,
  actor: AuditActor,
  clock: Clock,
): Promise<Provider> {
  const existing = await getProvider(id);
  if (!existing) throw notFound("The provider");
  const { disabled, ...fieldPatch } = patch;
  if (Object.keys(fieldPatch).length === 0) {
    return disabled === undefined ? existing : setProviderDisabled(id, disabled, actor, clock);
  }
  const current = providerAsInput(existing);
  const merged: ProviderInput = { ...current, ...fieldPatch };
  const moved = (["city", "country", "address"] as const).some(
    (key) => key in fieldPatch && String(fieldPatch[key] ?? "").trim() !== current[key],
  );
  if (moved && !("latitude" in fieldPatch) && !("longitude" in fieldPatch)) {
    // A new place without coordinates: find it again rather than keep the old position (and its zone).
    merged.latitude = null;
    merged.longitude = null;
    if (!("time_zone" in fieldPatch)) merged.time_zone = null;
  }
  const checked = checkProviderInput(merged, { allowMissingPhone: existing.phone === null });
  if (!checked.ok) throw new ProviderFieldsInvalid(checked.errors);
  const now = clock.now();
  const changes = changedFields(existing, checked.fields);
  const audit: AuditRecord[] = [];
  if (Object.keys(changes).length > 0) {
    audit.push({ actor, action: "provider.update", targetId: id, details: { changes }, at: now });
  }
  if (disabled !== undefined && disabled !== existing.disabled) {
    audit.push({
      actor,
      action: disabled ? "provider.disable" : "provider.enable",
      targetId: id,
      details: {},
      at: now,
    });
  }
  if (audit.length === 0) return existing;
  // Only a change of phone, name or address can make it a copy of another business; an entry that already shares
  // its number with a discovered one (the directory's copy wins) stays editable.
  const identityChanged = ["phone", "name", "address"].some((key) => key in changes);
  const result = await updateProviderChecked({
    id,
    set: { ...checked.fields, ...(disabled !== undefined ? { disabled } : {}), updatedAt: now },
    identity: identityChanged ? checked.fields : null,
    audit,
  });
  if (!result.ok) {
    if ("missing" in result) throw notFound("The provider");
    throw conflict(`This provider ${duplicateMessage(result.duplicates[0])}.`);
  }
  return (await getProvider(id))!;
}

/** Disables (never called again) or enables a provider; works whatever else is wrong with its entry. */
export async function setProviderDisabled(
  id: string,
  disabled: boolean,
  actor: AuditActor,
  clock: Clock,
): Promise<Provider> {
  const now = clock.now();
  // Unchanged (already in that state) writes nothing and no audit entry.
  await setProviderDisabledWithAudit({
    id,
    disabled,
    audit: {
      actor,
      action: disabled ? "provider.disable" : "provider.enable",
      targetId: id,
      details: {},
      at: now,
    },
  });
  const provider = await getProvider(id);
  if (!provider) throw notFound("The provider");
  return provider;
}

function changedFields(
  existing: Provider,
  next: ProviderFields,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(next) as Array<keyof ProviderFields>) {
    const from = existing[key];
    const to = next[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
