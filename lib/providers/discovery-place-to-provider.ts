// One Google Places result as a provider row: E.164 phone (or none), the zone from the coordinates, weekly hours,
// city, country and the language calls are made in from the address components (the province decides in Canada:
// Google's languageCode is the language the reply was written in, not the business's), and Google's business status.
import tzLookup from "@photostructure/tz-lookup";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import type { ServiceType } from "@/lib/intake/booking-request";
import type { GoogleProviderFields } from "@/db/providers";
import { openingHoursFromPlaces } from "./discovery-opening-hours";
import { languageForPlace } from "./provider-language";
import type { PlaceDetails } from "./discovery-places-client";

const businessStatuses = {
  OPERATIONAL: "operational",
  CLOSED_TEMPORARILY: "closed_temporarily",
  CLOSED_PERMANENTLY: "closed_permanently",
} as const;

/** Null when the place has no coordinates: without them CallPilot cannot tell how far away it is or its zone. */
export function providerFromPlace(
  place: PlaceDetails,
  serviceType: ServiceType,
): GoogleProviderFields | null {
  if (!place.location) return null;
  const { latitude, longitude } = place.location;
  const country = componentText(place, ["country"], "shortText")?.toUpperCase() ?? "";
  const city =
    componentText(place, ["locality", "postal_town", "sublocality", "administrative_area_level_2"]) ??
    place.formattedAddress?.split(",")[0]?.trim() ??
    "";
  const region = componentText(place, ["administrative_area_level_1"], "shortText");
  return {
    externalRef: place.id,
    name: place.displayName?.text?.trim() || place.formattedAddress || "A business found on Google",
    serviceType,
    phone: phoneOf(place, country),
    address: place.formattedAddress ?? "",
    city,
    country,
    language: languageForPlace({ country, city, region }),
    latitude,
    longitude,
    timeZone: tzLookup(latitude, longitude),
    rating: place.rating ?? null,
    openingHours: openingHoursFromPlaces(place.regularOpeningHours?.periods ?? []),
    businessStatus:
      place.businessStatus && place.businessStatus in businessStatuses
        ? businessStatuses[place.businessStatus as keyof typeof businessStatuses]
        : null,
  };
}

/** The international number when given (it carries its country), else the national one read in the place's country. */
function phoneOf(place: PlaceDetails, country: string): string | null {
  for (const [text, region] of [
    [place.internationalPhoneNumber, undefined],
    [place.nationalPhoneNumber, country || undefined],
  ] as const) {
    if (!text) continue;
    const parsed = parsePhoneNumberFromString(text, region as CountryCode | undefined);
    if (parsed?.isPossible()) return parsed.number;
  }
  return null;
}

function componentText(
  place: PlaceDetails,
  types: readonly string[],
  form: "longText" | "shortText" = "longText",
): string | undefined {
  for (const type of types) {
    const component = place.addressComponents?.find((c) => c.types.includes(type));
    const text = component?.[form] ?? component?.longText;
    if (text) return text;
  }
  return undefined;
}
