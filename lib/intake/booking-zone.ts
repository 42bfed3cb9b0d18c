// The time zone a booking's dates mean: the zone of the place the person named, else the person's own zone.
// ("Next week, mornings" in Boston means Boston mornings, whoever is asking from wherever.)
import { geocodeLocation, type GeocodedPlace } from "@/lib/providers/geocode";

/** A country to prefer among same-named places, guessed from the person's zone ("Cambridge" from New York: MA). */
export function countryHintForZone(timeZone: string): string | undefined {
  if (timeZone === "Europe/London") return "GB";
  if (timeZone === "Europe/Dublin") return "IE";
  if (timeZone.startsWith("Australia/")) return "AU";
  if (
    /^America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Indiana|Boise)/.test(timeZone)
  )
    return "US";
  return undefined;
}

export function locatePlace(location: string | null, personTimeZone: string): GeocodedPlace | null {
  if (!location) return null;
  return geocodeLocation(location, { preferCountry: countryHintForZone(personTimeZone) });
}

export function bookingTimeZone(location: string | null, personTimeZone: string): string {
  return locatePlace(location, personTimeZone)?.timeZone ?? personTimeZone;
}
