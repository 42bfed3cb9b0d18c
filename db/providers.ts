// Queries for providers (the businesses CallPilot may phone), including seeding the demo directory.
import { and, asc, eq, gte, inArray, isNotNull, ne, or, type SQL, type SQLWrapper } from "drizzle-orm";
import { demoDirectory } from "@/lib/providers/demo-directory";
import { openingHoursSchema, type OpeningHours } from "@/lib/providers/opening-hours";
import type { CallLanguage } from "@/lib/providers/provider-language";
import { simulationProfileSchema, type SimulationProfile } from "@/lib/providers/simulation-profile";
import { logger } from "@/lib/logger";
import { newId } from "@/lib/ids";
import { getDb } from "./client";
import { likeIgnoringCase } from "./dialect-sql";
import { providers, type NewProviderRow, type ProviderRow } from "./schema";

export interface Provider extends Omit<ProviderRow, "openingHours" | "simulationProfile"> {
  openingHours: OpeningHours;
  simulationProfile: SimulationProfile | null;
}

function asProvider(row: ProviderRow): Provider {
  const hours = openingHoursSchema.safeParse(row.openingHours);
  if (!hours.success) {
    // An unreadable timetable must not break every list it appears in; treated as never open, it is never called.
    logger.warn("provider has invalid opening hours; treating it as closed", { providerId: row.id });
  }
  const profile = simulationProfileSchema.safeParse(row.simulationProfile);
  return {
    ...row,
    openingHours: hours.success ? hours.data : {},
    simulationProfile: profile.success ? profile.data : null,
  };
}

/**
 * Inserts the demo businesses that are missing and returns how many it inserted. A row that already exists is left
 * exactly as it is, so an administrator's edits (a new phone, disabling it) survive every restart.
 */
export async function seedDemoDirectory(): Promise<number> {
  const rows: NewProviderRow[] = demoDirectory.map((provider) => ({ ...provider, source: "demo" }));
  const inserted = await getDb()
    .insert(providers)
    .values(rows)
    .onConflictDoNothing({ target: providers.id })
    .returning({ id: providers.id });
  return inserted.length;
}

/** Businesses of this type CallPilot may phone now: enabled and with a number. */
export async function listCallableProviders(serviceType: string): Promise<Provider[]> {
  const rows = await getDb()
    .select()
    .from(providers)
    .where(
      and(eq(providers.serviceType, serviceType), eq(providers.disabled, false), isNotNull(providers.phone)),
    )
    .orderBy(asc(providers.city), asc(providers.name));
  return rows.map(asProvider);
}

export interface ProviderFilter {
  serviceType?: string;
  /** Matched case-insensitively against the name, city and address. */
  search?: string;
  includeDisabled?: boolean;
}

export async function listProviders(filter: ProviderFilter = {}): Promise<Provider[]> {
  const conditions: SQL[] = [];
  if (filter.serviceType) conditions.push(eq(providers.serviceType, filter.serviceType));
  if (!filter.includeDisabled) conditions.push(eq(providers.disabled, false));
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const matches = (column: SQLWrapper) => likeIgnoringCase(column, pattern);
    conditions.push(or(matches(providers.name), matches(providers.city), matches(providers.address))!);
  }
  const rows = await getDb()
    .select()
    .from(providers)
    .where(and(...conditions))
    .orderBy(asc(providers.serviceType), asc(providers.city), asc(providers.name));
  return rows.map(asProvider);
}

export async function getProvider(id: string): Promise<Provider | undefined> {
  const [row] = await getDb().select().from(providers).where(eq(providers.id, id)).limit(1);
  return row ? asProvider(row) : undefined;
}

/** The providers with these ids, in the order asked for; ids that match nothing are left out. */
export async function getProvidersByIds(ids: readonly string[]): Promise<Provider[]> {
  if (ids.length === 0) return [];
  const uniqueIds = [...new Set(ids)];
  const rows = await getDb().select().from(providers).where(inArray(providers.id, uniqueIds));
  const byId = new Map(rows.map((row) => [row.id, asProvider(row)]));
  return uniqueIds.flatMap((id) => byId.get(id) ?? []);
}

/** The businesses in the directory with each of these numbers (E.164), by number: who a listed number would reach. */
export async function listProviderNamesByPhones(
  phones: readonly string[],
): Promise<Map<string, Array<{ id: string; name: string }>>> {
  const byPhone = new Map<string, Array<{ id: string; name: string }>>();
  if (phones.length === 0) return byPhone;
  const rows = await getDb()
    .select({ id: providers.id, name: providers.name, phone: providers.phone })
    .from(providers)
    .where(inArray(providers.phone, [...new Set(phones)]));
  for (const { id, name, phone } of rows) {
    if (phone) byPhone.set(phone, [...(byPhone.get(phone) ?? []), { id, name }]);
  }
  return byPhone;
}

// --- Provider discovery (Google Places): the cache of discovered businesses in this same table ---

/** What discovery learns about a business from Google Places. */
export interface GoogleProviderFields {
  /** The Google place id. */
  externalRef: string;
  name: string;
  serviceType: string;
  phone: string | null;
  address: string;
  city: string;
  country: string;
  /** From the country and province; set when the business is first found, so an admin's choice survives refreshes. */
  language: CallLanguage;
  latitude: number;
  longitude: number;
  timeZone: string;
  rating: number | null;
  openingHours: OpeningHours;
  businessStatus: ProviderRow["businessStatus"];
}

/**
 * Inserts or refreshes a discovered business, keyed by its place id, and returns the stored row. The first id
 * and service type stay (calls and bookings point at the id), and so does an administrator's decision to disable it.
 */
export async function upsertGoogleProvider(
  fields: GoogleProviderFields,
  refreshedAt: Date,
): Promise<Provider> {
  const { serviceType, externalRef, language, ...details } = fields;
  const [row] = await getDb()
    .insert(providers)
    .values({
      id: newId("prov"),
      source: "google",
      externalRef,
      serviceType,
      language,
      ...details,
      refreshedAt,
      createdAt: refreshedAt,
      updatedAt: refreshedAt,
    })
    .onConflictDoUpdate({
      target: [providers.source, providers.externalRef],
      set: { ...details, refreshedAt, updatedAt: refreshedAt },
    })
    .returning();
  return asProvider(row);
}

/** Cached discovered businesses with these place ids, in no particular order. */
export async function listGoogleProvidersByPlaceIds(placeIds: readonly string[]): Promise<Provider[]> {
  if (placeIds.length === 0) return [];
  const rows = await getDb()
    .select()
    .from(providers)
    .where(and(eq(providers.source, "google"), inArray(providers.externalRef, [...new Set(placeIds)])));
  return rows.map(asProvider);
}

/** Discovered businesses of this type refreshed at or after `since`: what discovery falls back on when Places fails. */
export async function listGoogleProvidersRefreshedSince(
  serviceType: string,
  since: Date,
): Promise<Provider[]> {
  const rows = await getDb()
    .select()
    .from(providers)
    .where(
      and(
        eq(providers.source, "google"),
        eq(providers.serviceType, serviceType),
        gte(providers.refreshedAt, since),
      ),
    )
    .orderBy(asc(providers.city), asc(providers.name));
  return rows.map(asProvider);
}

/** The directory (demo, admin-added and imported businesses) of one type, disabled ones included; no Google cache. */
export async function listDirectoryProviders(serviceType: string): Promise<Provider[]> {
  const rows = await getDb()
    .select()
    .from(providers)
    .where(and(eq(providers.serviceType, serviceType), ne(providers.source, "google")))
    .orderBy(asc(providers.city), asc(providers.name));
  return rows.map(asProvider);
}
