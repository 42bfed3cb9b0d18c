// The words people use for regions, countries and big cities, mapped to the GeoNames codes the gazetteer uses
// (US admin code = the 2-letter state; GB = ENG/SCT/WLS/NIR; Canada = numeric province codes).

export interface RegionConstraint {
  country: string;
  /** GeoNames admin1 code; absent when only the country is known. */
  admin?: string;
}

// prettier-ignore
const usStates: Record<string, string> = {
  AL: "alabama", AK: "alaska", AZ: "arizona", AR: "arkansas", CA: "california", CO: "colorado",
  CT: "connecticut", DE: "delaware", DC: "district of columbia", FL: "florida", GA: "georgia", HI: "hawaii",
  ID: "idaho", IL: "illinois", IN: "indiana", IA: "iowa", KS: "kansas", KY: "kentucky", LA: "louisiana",
  ME: "maine", MD: "maryland", MA: "massachusetts", MI: "michigan", MN: "minnesota", MS: "mississippi",
  MO: "missouri", MT: "montana", NE: "nebraska", NV: "nevada", NH: "new hampshire", NJ: "new jersey",
  NM: "new mexico", NY: "new york", NC: "north carolina", ND: "north dakota", OH: "ohio", OK: "oklahoma",
  OR: "oregon", PA: "pennsylvania", RI: "rhode island", SC: "south carolina", SD: "south dakota",
  TN: "tennessee", TX: "texas", UT: "utah", VT: "vermont", VA: "virginia", WA: "washington",
  WV: "west virginia", WI: "wisconsin", WY: "wyoming",
};

/** Abbreviations people write with a full stop ("Cambridge, Mass."); the stop is gone after normalising. */
// prettier-ignore
const usStateNicknames: Record<string, string> = {
  mass: "MA", calif: "CA", cali: "CA", penn: "PA", fla: "FL", ill: "IL", wash: "WA", tex: "TX", mich: "MI",
  minn: "MN", ariz: "AZ", conn: "CT", colo: "CO", wis: "WI", ore: "OR", "d c": "DC",
};

// prettier-ignore
const canadianProvinces: Array<[code: string, abbreviation: string, name: string]> = [
  ["01", "ab", "alberta"], ["02", "bc", "british columbia"], ["03", "mb", "manitoba"],
  ["04", "nb", "new brunswick"], ["05", "nl", "newfoundland and labrador"], ["07", "ns", "nova scotia"],
  ["08", "on", "ontario"], ["09", "pe", "prince edward island"], ["10", "qc", "quebec"],
  ["11", "sk", "saskatchewan"], ["12", "yt", "yukon"], ["13", "nt", "northwest territories"], ["14", "nu", "nunavut"],
];

// prettier-ignore
const countryNicknames: Record<string, RegionConstraint> = {
  us: { country: "US" }, usa: { country: "US" }, "u s": { country: "US" }, "u s a": { country: "US" },
  america: { country: "US" }, "united states of america": { country: "US" },
  uk: { country: "GB" }, "u k": { country: "GB" }, gb: { country: "GB" }, britain: { country: "GB" },
  "great britain": { country: "GB" }, england: { country: "GB", admin: "ENG" },
  scotland: { country: "GB", admin: "SCT" }, wales: { country: "GB", admin: "WLS" },
  "northern ireland": { country: "GB", admin: "NIR" },
};

/** What people call big cities, as the gazetteer names them (normalised). */
export const cityNicknames: Record<string, string> = {
  nyc: "new york city",
  "new york": "new york city",
  ny: "new york city",
  "big apple": "new york city",
  sf: "san francisco",
  "san fran": "san francisco",
  la: "los angeles",
  philly: "philadelphia",
  dc: "washington dc",
  washington: "washington dc",
  vegas: "las vegas",
  nola: "new orleans",
};

/** Lower-case, accents and full stops removed, everything else that is not a letter or digit turned into a space. */
export function normalisePlaceText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\./g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

let regionWords: Map<string, RegionConstraint> | undefined;

/** Every region or country phrase (normalised) → the constraint it puts on a place. Built once. */
export function regionPhrases(): Map<string, RegionConstraint> {
  if (regionWords) return regionWords;
  const words = new Map<string, RegionConstraint>();
  // Country names first, so the more specific entries below win ("georgia" the state, not the country).
  const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
  for (const first of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
    for (const second of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
      const code = first + second;
      const name = regionNames.of(code);
      if (name && name !== code) words.set(normalisePlaceText(name), { country: code });
    }
  }
  for (const [phrase, constraint] of Object.entries(countryNicknames)) words.set(phrase, constraint);
  for (const [code, abbreviation, name] of canadianProvinces) {
    words.set(abbreviation, { country: "CA", admin: code });
    words.set(name, { country: "CA", admin: code });
  }
  for (const [code, name] of Object.entries(usStates)) {
    words.set(code.toLowerCase(), { country: "US", admin: code });
    words.set(name, { country: "US", admin: code });
  }
  for (const [nickname, code] of Object.entries(usStateNicknames))
    words.set(nickname, { country: "US", admin: code });
  regionWords = words;
  return words;
}

/** A short human name for a region: the state code in the US, the nation in the UK, nothing for numeric codes. */
export function regionLabel(country: string, admin: string): string | null {
  if (country === "US") return admin;
  const nation: Record<string, string> = {
    ENG: "England",
    SCT: "Scotland",
    WLS: "Wales",
    NIR: "Northern Ireland",
  };
  if (country === "GB") return nation[admin] ?? null;
  if (country === "CA") return canadianProvinces.find(([code]) => code === admin)?.[1].toUpperCase() ?? null;
  return /^[A-Z]{2,3}$/.test(admin) ? admin : null;
}

export function countryName(code: string): string {
  return new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
}
