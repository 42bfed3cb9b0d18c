// Offline geocoding of what a person typed as a location ("Cambridge, MA 02139", "near Boston", "NYC") to a city
// with coordinates and IANA time zone, using the bundled gazetteer; no network, no API key.
import tzLookup from "@photostructure/tz-lookup";
import { z } from "zod";
import { citiesNamed, type GazetteerCity } from "./city-index";
import {
  cityNicknames,
  countryName,
  normalisePlaceText,
  regionLabel,
  regionPhrases,
  type RegionConstraint,
} from "./place-names";

export const geocodedPlaceSchema = z.object({
  /** For people: "Cambridge, MA, United States". */
  label: z.string(),
  city: z.string(),
  /** GeoNames admin1 code ("MA", "ENG"), or null when the gazetteer has none. */
  region: z.string().nullable(),
  /** ISO 3166-1 alpha-2. */
  country: z.string().length(2),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  timeZone: z.string(),
});
export type GeocodedPlace = z.infer<typeof geocodedPlaceSchema>;

export interface GeocodeOptions {
  /** ISO country code to prefer among places sharing a name ("Cambridge" → Massachusetts for "US"). */
  preferCountry?: string;
}

/** Words around a place name that say nothing about which place it is ("near Boston", "downtown Boston area"). */
// prettier-ignore
const fillerWords = new Set([
  "near", "nearby", "around", "in", "at", "by", "close", "to", "the", "downtown", "uptown", "midtown", "central",
  "centre", "center", "greater", "metro", "area", "somewhere", "anywhere", "please",
]);

const MAX_WORDS_IN_A_NAME = 5;
const MAX_WORDS_CONSIDERED = 12;
/** A match that had to ignore words must be a real town, not a hamlet that happens to share a word with the text. */
const MIN_POPULATION_WHEN_GUESSING = 15_000;
/** Prefer the person's country unless the foreign namesake is this many times bigger (London, not London, Ohio). */
const FOREIGN_NAMESAKE_RATIO = 25;

interface Candidate {
  city: GazetteerCity;
  ignoredWords: number;
  nameWords: number;
}

export function geocodeLocation(text: string, options: GeocodeOptions = {}): GeocodedPlace | null {
  const words = normalisePlaceText(withoutPostcodes(text))
    .split(" ")
    .filter((word) => word !== "" && !/^\d+$/.test(word))
    .slice(0, MAX_WORDS_CONSIDERED);
  const preferCountry = options.preferCountry?.toUpperCase();

  let best: Candidate | undefined;
  for (let start = 0; start < words.length; start++) {
    for (let end = Math.min(words.length, start + MAX_WORDS_IN_A_NAME); end > start; end--) {
      const candidate = candidateFor(words, start, end, preferCountry);
      if (candidate && (!best || isBetter(candidate, best))) best = candidate;
    }
  }
  return best ? toPlace(best.city) : null;
}

/** The place named by words[start, end), constrained by any region words after it; undefined when none fits. */
function candidateFor(
  words: string[],
  start: number,
  end: number,
  preferCountry: string | undefined,
): Candidate | undefined {
  const phrase = words.slice(start, end).join(" ");
  const nickname = cityNicknames[phrase];
  const named = [...citiesNamed(phrase), ...(nickname ? citiesNamed(nickname) : [])];
  if (named.length === 0) return undefined;

  const qualifiers = parseQualifiers(words.slice(end));
  if (!qualifiers) return undefined;
  const { constraint } = qualifiers;
  const fitting = named.filter(
    (city) =>
      (!constraint.country || city.country === constraint.country) &&
      (!constraint.admin || city.adminCode === constraint.admin),
  );
  if (fitting.length === 0) return undefined;

  const city = mostLikely(fitting, constraint.country ? undefined : preferCountry);
  const ignoredWords =
    words.slice(0, start).filter((word) => !fillerWords.has(word)).length + qualifiers.unknownWords;
  if (ignoredWords > 0 && city.population < MIN_POPULATION_WHEN_GUESSING) return undefined;
  return { city, ignoredWords, nameWords: end - start };
}

/** Reads "MA", "Massachusetts", "UK", "England, UK"… after a name; null when two of them contradict each other. */
function parseQualifiers(
  words: string[],
): { constraint: Partial<RegionConstraint>; unknownWords: number } | null {
  const phrases = regionPhrases();
  const constraint: Partial<RegionConstraint> = {};
  let unknownWords = 0;
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let length = Math.min(4, words.length - i); length > 0 && !matched; length--) {
      const region = phrases.get(words.slice(i, i + length).join(" "));
      // "in" is also Indiana, but only as the last word ("Gary, IN"), not as a connector ("Cambridge in MA").
      if (!region || (fillerWords.has(words[i]) && length === 1 && i < words.length - 1)) continue;
      if (constraint.country && constraint.country !== region.country) return null;
      if (constraint.admin && region.admin && constraint.admin !== region.admin) return null;
      constraint.country = region.country;
      constraint.admin = region.admin ?? constraint.admin;
      i += length;
      matched = true;
    }
    if (matched) continue;
    if (!fillerWords.has(words[i])) unknownWords++;
    i++;
  }
  return { constraint, unknownWords };
}

function mostLikely(cities: GazetteerCity[], preferCountry: string | undefined): GazetteerCity {
  const [largest] = cities;
  const local = preferCountry ? cities.find((city) => city.country === preferCountry) : undefined;
  if (local && largest.population < local.population * FOREIGN_NAMESAKE_RATIO) return local;
  return largest;
}

/** Fewer ignored words first, then the longer name ("New York City" over "York"), then the bigger place. */
function isBetter(a: Candidate, b: Candidate): boolean {
  if (a.ignoredWords !== b.ignoredWords) return a.ignoredWords < b.ignoredWords;
  if (a.nameWords !== b.nameWords) return a.nameWords > b.nameWords;
  return a.city.population > b.city.population;
}

/** US ZIP codes and UK postcodes (full or outward part) locate nothing offline; they only get in the way. */
function withoutPostcodes(text: string): string {
  return text
    .replace(/\b\d{5}(?:-\d{4})?\b/g, " ")
    .replace(/\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b/gi, " ")
    .replace(/\b[a-z]{1,2}\d{1,2}[a-z]?\b/gi, " ");
}

function toPlace(city: GazetteerCity): GeocodedPlace {
  const region = city.adminCode || null;
  const shortRegion = region && regionLabel(city.country, region);
  const labelParts = [
    city.name,
    shortRegion && !namesItsRegion(city.name, shortRegion) ? shortRegion : null,
    countryName(city.country),
  ];
  return {
    label: labelParts.filter(Boolean).join(", "),
    city: city.name,
    region,
    country: city.country,
    latitude: city.latitude,
    longitude: city.longitude,
    timeZone: tzLookup(city.latitude, city.longitude),
  };
}

/** "Washington, D.C." already names its region; the label should not say "DC" twice. */
function namesItsRegion(name: string, region: string): boolean {
  return normalisePlaceText(name).split(" ").at(-1) === normalisePlaceText(region);
}
