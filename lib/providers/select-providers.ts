// Which businesses to phone for a request: set aside those that cannot help (disabled, closed for good, no phone,
// too far, on the do-not-call list, closed throughout the requested time) with a reason a person can read, rank the
// rest, and take the swarm.
import { listProviders, type Provider } from "@/db/providers";
import { getConfig } from "@/lib/config";
import type { DateWindow, ServiceType, TimeOfDay } from "@/lib/intake/booking-request";
import { sentence, type WrittenSentence } from "@/lib/sentences/sentence";
import { distanceKm, type GeoPoint } from "./distance";
import { geocodeLocation } from "./geocode";
import { openTimeDuringRequest, type OpenTime } from "./open-time";
import { cityNicknames, normalisePlaceText } from "./place-names";

/** What selection needs to know about a business; the full Provider row satisfies it. */
export type ProviderCandidate = Pick<
  Provider,
  | "id"
  | "serviceType"
  | "phone"
  | "city"
  | "latitude"
  | "longitude"
  | "timeZone"
  | "rating"
  | "openingHours"
  | "disabled"
> &
  Partial<Pick<Provider, "businessStatus">>;

export interface SelectionInput<P extends ProviderCandidate> {
  serviceType: ServiceType;
  /** Where the person is; null when their location could not be geocoded. */
  origin: GeoPoint | null;
  /** The location as the person said it; matched against city names when there is no origin. */
  locationText: string | null;
  window: DateWindow | null;
  timeOfDay: TimeOfDay | null;
  swarmSize: number;
  maxDistanceKm: number;
  /** Every candidate; businesses of another service type are ignored. */
  providers: readonly P[];
  /** Numbers CallPilot must not call, with the reason the person sees ("asked CallPilot not to call them"). */
  doNotCall?: ReadonlyMap<string, WrittenSentence>;
}

export interface ProviderSelection<P> {
  /** Best first; distanceKm is null when the origin is unknown. */
  chosen: Array<{ provider: P; distanceKm: number | null }>;
  /** Why each was set aside: the English text, and the sentence the person's page words in their language. */
  skipped: Array<{ provider: P; reason: WrittenSentence }>;
}

/*
 * Ranking score in [0, 1], highest first:
 *   0.5 × nearness      1 at the origin, falling linearly to 0 at maxDistanceKm (the same for all without an origin)
 *   0.3 × rating        3.0 stars or fewer → 0, 5.0 → 1; unrated → 0.5
 *   0.2 × availability  the share of the requested time (window ∩ time of day) the business is open
 * Nearness weighs most because the person has to get there; rating next because a good business is worth a few
 * more minutes; availability only separates businesses that are all open some of the time. Ties go to the nearer,
 * then to the id, so the same request always phones the same businesses.
 */
const WEIGHTS = { nearness: 0.5, rating: 0.3, availability: 0.2 };

interface Ranked<P> {
  provider: P;
  distanceKm: number | null;
  score: number;
}

export function selectProviders<P extends ProviderCandidate>(input: SelectionInput<P>): ProviderSelection<P> {
  const skipped: ProviderSelection<P>["skipped"] = [];
  const ranked: Ranked<P>[] = [];
  for (const provider of input.providers) {
    if (provider.serviceType !== input.serviceType) continue;
    const distance = input.origin ? distanceKm(input.origin, provider) : null;
    let openTime: OpenTime | undefined;
    const openTimeOf = () =>
      (openTime ??= openTimeDuringRequest(
        provider.openingHours,
        provider.timeZone,
        input.window,
        input.timeOfDay,
      ));
    const reason = reasonToSkip(provider, distance, openTimeOf, input);
    if (reason) {
      skipped.push({ provider, reason });
      continue;
    }
    ranked.push({ provider, distanceKm: distance, score: scoreOf(provider, distance, openTimeOf(), input) });
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (a.distanceKm ?? 0) - (b.distanceKm ?? 0) ||
      a.provider.id.localeCompare(b.provider.id),
  );
  const swarmSize = Math.max(0, Math.floor(input.swarmSize));
  for (const { provider } of ranked.slice(swarmSize)) {
    skipped.push({ provider, reason: sentence("skipNotAmongBest", { count: swarmSize }) });
  }
  return {
    chosen: ranked.slice(0, swarmSize).map(({ provider, distanceKm }) => ({ provider, distanceKm })),
    skipped,
  };
}

function reasonToSkip<P extends ProviderCandidate>(
  provider: P,
  distance: number | null,
  openTimeOf: () => OpenTime,
  input: SelectionInput<P>,
): WrittenSentence | null {
  if (provider.disabled) return sentence("skipDisabled");
  if (provider.businessStatus === "closed_permanently") return sentence("skipClosedPermanently");
  if (provider.businessStatus === "closed_temporarily") return sentence("skipClosedTemporarily");
  if (!provider.phone) return sentence("skipNoPhone");
  if (distance !== null && distance > input.maxDistanceKm) {
    return sentence("skipTooFar", { distance: Math.round(distance * 10) / 10, limit: input.maxDistanceKm });
  }
  if (!input.origin && input.locationText && !isInNamedPlace(provider.city, input.locationText)) {
    return sentence("skipElsewhere", { city: provider.city, place: input.locationText.trim() });
  }
  const listed = input.doNotCall?.get(provider.phone);
  if (listed) return listed;
  if (openTimeOf().openMinutes > 0) return null;
  if (Object.values(provider.openingHours).every((day) => !day || day.length === 0)) {
    return sentence("skipNoOpeningHours");
  }
  if (!input.timeOfDay) return sentence(input.window ? "skipClosedInWindow" : "skipNeverOpen");
  const openAnyTime = openTimeDuringRequest(
    provider.openingHours,
    provider.timeZone,
    input.window,
    null,
  ).openMinutes;
  if (openAnyTime === 0) return sentence(input.window ? "skipClosedInWindow" : "skipNeverOpen");
  return sentence(input.window ? "skipClosedInWindowAtTime" : "skipNeverOpenAtTime");
}

function scoreOf<P extends ProviderCandidate>(
  provider: P,
  distance: number | null,
  { requestedMinutes, openMinutes }: OpenTime,
  input: SelectionInput<P>,
): number {
  const nearness = distance === null ? 1 : Math.max(0, 1 - distance / input.maxDistanceKm);
  const rating = provider.rating === null ? 0.5 : clamp((provider.rating - 3) / 2);
  const availability = requestedMinutes > 0 ? clamp(openMinutes / requestedMinutes) : 0;
  return WEIGHTS.nearness * nearness + WEIGHTS.rating * rating + WEIGHTS.availability * availability;
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** Whether the location text names the city, whole words only, nicknames included ("NYC" names New York). */
function isInNamedPlace(city: string, locationText: string): boolean {
  const text = normalisePlaceText(locationText);
  const expanded = [text];
  for (const [nickname, name] of Object.entries(cityNicknames)) {
    if (` ${text} `.includes(` ${nickname} `)) expanded.push(name);
  }
  return ` ${expanded.join(" ")} `.includes(` ${normalisePlaceText(city)} `);
}

export interface ProviderRequest {
  serviceType: ServiceType;
  locationText: string | null;
  window: DateWindow | null;
  timeOfDay: TimeOfDay | null;
  swarmSize: number;
  /** Where the person is when already known (geocoded at confirmation); when absent the location text is geocoded. */
  origin?: GeoPoint | null;
  /** ISO country used to settle ambiguous place names when geocoding. */
  preferCountry?: string;
  /** Defaults to MAX_PROVIDER_DISTANCE_KM. */
  maxDistanceKm?: number;
}

/** selectProviders over every stored business of the requested type, disabled ones included so they show as skipped. */
export async function chooseProvidersForRequest(
  request: ProviderRequest,
): Promise<ProviderSelection<Provider> & { origin: GeoPoint | null }> {
  const origin =
    request.origin !== undefined
      ? request.origin
      : request.locationText
        ? geocodeLocation(request.locationText, { preferCountry: request.preferCountry })
        : null;
  const providers = await listProviders({ serviceType: request.serviceType, includeDisabled: true });
  const selection = selectProviders({
    serviceType: request.serviceType,
    origin: origin ? { latitude: origin.latitude, longitude: origin.longitude } : null,
    locationText: request.locationText,
    window: request.window,
    timeOfDay: request.timeOfDay,
    swarmSize: request.swarmSize,
    maxDistanceKm: request.maxDistanceKm ?? getConfig().MAX_PROVIDER_DISTANCE_KM,
    providers,
  });
  return { ...selection, origin: origin ? { latitude: origin.latitude, longitude: origin.longitude } : null };
}
