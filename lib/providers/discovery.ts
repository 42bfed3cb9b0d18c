// Which businesses a request may consider: the directory, plus (when GOOGLE_PLACES_API_KEY is set) the businesses
// Google Places finds near the person, cached in the provider table and refreshed when older than the refresh age.
// Discovery never fails a confirmation: past its time budget or on any Places error it falls back to the directory
// and the Google results cached recently, with a logged warning.
import {
  listDirectoryProviders,
  listGoogleProvidersByPlaceIds,
  listGoogleProvidersRefreshedSince,
  upsertGoogleProvider,
  type Provider,
} from "@/db/providers";
import type { Clock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import { serviceLabels, type ServiceType } from "@/lib/intake/booking-request";
import { logger } from "@/lib/logger";
import { createPlacesClient, type PlaceSummary, type PlacesClient } from "./discovery-places-client";
import { providerFromPlace } from "./discovery-place-to-provider";
import { distanceKm, type GeoPoint } from "./distance";

export interface DiscoveryRequest {
  serviceType: ServiceType;
  /** The place as the person named it ("Cambridge MA"). */
  locationText: string;
  /** Where the person is, when geocoded; the search is biased to a circle around it. */
  origin: GeoPoint | null;
  maxDistanceKm: number;
}

export interface Discovery {
  providers: Provider[];
  /** directory: no key; places: a fresh search; cache: Places failed and recent results stood in. */
  source: "directory" | "places" | "cache";
}

export interface DiscoveryDeps {
  clock: Clock;
  /** Null: no key, the directory alone. */
  places: PlacesClient | null;
  refreshDays: number;
  timeoutMs: number;
  maxResults: number;
}

/** How many Place Details requests run at once. */
const detailsConcurrency = 5;

export function discoveryDepsFrom(config: AppConfig, clock: Clock): DiscoveryDeps {
  return {
    clock,
    places: config.GOOGLE_PLACES_API_KEY
      ? createPlacesClient({ apiKey: config.GOOGLE_PLACES_API_KEY, baseUrl: config.GOOGLE_PLACES_BASE_URL })
      : null,
    refreshDays: config.PLACES_REFRESH_DAYS,
    timeoutMs: config.PLACES_TIMEOUT_MS,
    maxResults: config.PLACES_MAX_RESULTS,
  };
}

export async function discoverProviders(request: DiscoveryRequest, deps: DiscoveryDeps): Promise<Discovery> {
  const directory = await listDirectoryProviders(request.serviceType);
  if (!deps.places) return { providers: directory, source: "directory" };

  let found: Provider[];
  let source: Discovery["source"] = "places";
  try {
    found = await searchPlacesShared(request, { ...deps, places: deps.places });
  } catch (error) {
    logger.warn("Google Places discovery failed; calling from the directory and recently cached results", {
      error,
      serviceType: request.serviceType,
      location: request.locationText,
    });
    found = await recentlyCached(request, deps);
    source = "cache";
  }
  return { providers: [...directory, ...withoutDirectoryDuplicates(found, directory, request)], source };
}

// Ten confirmations of the same request at once share one search instead of paying for ten.
const inFlight = new Map<string, Promise<Provider[]>>();

function searchPlacesShared(
  request: DiscoveryRequest,
  deps: DiscoveryDeps & { places: PlacesClient },
): Promise<Provider[]> {
  const key = JSON.stringify([
    request.serviceType,
    request.locationText,
    request.origin,
    request.maxDistanceKm,
  ]);
  let search = inFlight.get(key);
  if (!search) {
    search = searchPlaces(request, deps).finally(() => inFlight.delete(key));
    inFlight.set(key, search);
  }
  return search;
}

async function searchPlaces(
  request: DiscoveryRequest,
  deps: DiscoveryDeps & { places: PlacesClient },
): Promise<Provider[]> {
  const signal = AbortSignal.timeout(deps.timeoutMs);
  const summaries = await deps.places.searchText(
    {
      textQuery: `${serviceLabels[request.serviceType]} in ${request.locationText}`,
      near: request.origin ? { ...request.origin, radiusMeters: request.maxDistanceKm * 1000 } : undefined,
      pageSize: deps.maxResults,
    },
    signal,
  );
  const placeIds = summaries.map((place) => place.id);
  const cached = new Map((await listGoogleProvidersByPlaceIds(placeIds)).map((p) => [p.externalRef!, p]));
  const now = deps.clock.now();
  const staleBefore = now.getTime() - deps.refreshDays * 86_400_000;
  const stale = summaries.filter((place) => {
    const refreshedAt = cached.get(place.id)?.refreshedAt;
    return !refreshedAt || refreshedAt.getTime() < staleBefore;
  });

  await eachLimited(stale, detailsConcurrency, async (summary) => {
    const refreshed = await refreshPlace(summary, request.serviceType, deps, signal, now);
    if (refreshed) cached.set(summary.id, refreshed);
  });
  // A place whose details could not be read this time still counts if an older copy is cached.
  return placeIds.flatMap((id) => cached.get(id) ?? []);
}

async function refreshPlace(
  summary: PlaceSummary,
  serviceType: ServiceType,
  deps: DiscoveryDeps & { places: PlacesClient },
  signal: AbortSignal,
  now: Date,
): Promise<Provider | null> {
  try {
    const details = await deps.places.getPlace(summary.id, signal);
    const fields = providerFromPlace(details, serviceType);
    if (!fields) {
      logger.info("Google Places result has no location; left out", { placeId: summary.id });
      return null;
    }
    return await upsertGoogleProvider(fields, now);
  } catch (error) {
    logger.warn("Google Places details failed for one business", { error, placeId: summary.id });
    return null;
  }
}

/** Discovered businesses refreshed within the refresh age and inside the radius, for when Places cannot answer. */
async function recentlyCached(request: DiscoveryRequest, deps: DiscoveryDeps): Promise<Provider[]> {
  const since = new Date(deps.clock.now().getTime() - deps.refreshDays * 86_400_000);
  const cached = await listGoogleProvidersRefreshedSince(request.serviceType, since);
  const origin = request.origin;
  return origin ? cached.filter((p) => distanceKm(origin, p) <= request.maxDistanceKm) : [];
}

/**
 * A business already in the directory (same phone number) is phoned as the directory lists it, where an
 * administrator may have corrected it. Found businesses are considered for the requested service whatever type
 * their cached row was first stored under, since this search found them for it.
 */
function withoutDirectoryDuplicates(
  found: Provider[],
  directory: Provider[],
  request: DiscoveryRequest,
): Provider[] {
  const directoryPhones = new Set(directory.flatMap((p) => (p.phone ? [p.phone] : [])));
  return found
    .filter((p) => !p.phone || !directoryPhones.has(p.phone))
    .map((p) => (p.serviceType === request.serviceType ? p : { ...p, serviceType: request.serviceType }));
}

async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
