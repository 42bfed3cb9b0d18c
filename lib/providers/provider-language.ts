// Which language CallPilot speaks when it phones a business (issue 17): the provider's own language when an admin
// set one, else the one its country (and, in bilingual countries, its province or city) speaks. Only the languages
// the agent's lines are written in are offered; anywhere else the call is in English.
import { z } from "zod";

export const callLanguages = ["en", "es", "fr", "de"] as const;
export const callLanguageSchema = z.enum(callLanguages);
export type CallLanguage = z.infer<typeof callLanguageSchema>;

/** In English, for labels ("in French") and the agent's instructions. */
export const callLanguageNames: Record<CallLanguage, string> = {
  en: "English",
  es: "Spanish",
  fr: "French",
  de: "German",
};

/** A transcript line's language: English unless it says otherwise (CallPilot's own notes are written in English). */
export function spokenLanguage(line: { language?: CallLanguage }): CallLanguage {
  return line.language ?? "en";
}

/**
 * Whether a transcript line wants a translation into `language`: it says something, in another language. A note
 * CallPilot wrote as a sentence never does: every page says it in its own language.
 */
export function needsTranslationInto(
  line: { language?: CallLanguage; text: string; sentence?: unknown },
  language: CallLanguage,
): boolean {
  return !line.sentence && spokenLanguage(line) !== language && line.text.trim() !== "";
}

const countryLanguages: Record<string, CallLanguage> = {
  FR: "fr",
  BE: "fr",
  LU: "fr",
  MC: "fr",
  DE: "de",
  AT: "de",
  LI: "de",
  CH: "de",
  ES: "es",
  MX: "es",
  AR: "es",
  CO: "es",
  CL: "es",
  PE: "es",
  VE: "es",
  UY: "es",
  PY: "es",
  BO: "es",
  EC: "es",
  GT: "es",
  CR: "es",
  PA: "es",
  DO: "es",
  CU: "es",
  HN: "es",
  NI: "es",
  SV: "es",
};

// Bilingual countries, where the place decides: Québec is French (Toronto is not), Romandy is French.
const frenchRegions = new Set(["CA-QC", "CH-GE", "CH-VD", "CH-NE", "CH-JU"]);
const frenchCities: Record<string, readonly string[]> = {
  CA: ["montreal", "quebec", "quebec city", "laval", "gatineau", "sherbrooke", "trois-rivieres", "longueuil"],
  CH: ["geneva", "geneve", "lausanne", "neuchatel", "fribourg", "sion", "delemont"],
};

const plain = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z -]/g, "")
    .trim();

/**
 * The language a business in this place answers the phone in. `region` is an ISO 3166-2 subdivision code ("QC" or
 * "CA-QC") when the data has one; without it the city is looked up among the French-speaking cities of Canada and
 * Switzerland.
 */
export function languageForPlace(place: {
  country: string;
  city?: string | null;
  region?: string | null;
}): CallLanguage {
  const country = (place.country ?? "").trim().toUpperCase();
  const region = place.region?.trim().toUpperCase();
  if (region) {
    const code = region.includes("-") ? region : `${country}-${region}`;
    if (frenchRegions.has(code)) return "fr";
  }
  if (place.city && frenchCities[country]?.includes(plain(place.city))) return "fr";
  if (country === "CA") return "en";
  return countryLanguages[country] ?? "en";
}

/** The language calls to this provider are made in: the one set on it, else the one of its place. */
export function providerLanguage(provider: {
  language?: string | null;
  country: string;
  city?: string | null;
}): CallLanguage {
  const own = callLanguageSchema.safeParse(provider.language);
  return own.success ? own.data : languageForPlace(provider);
}

/**
 * The speech locale a voice uses for this language in this country (Twilio's `language` attribute): Canadian
 * French, Mexican Spanish, British English where those are spoken; else the language's main locale.
 */
export function speechLocale(language: CallLanguage, country: string): string {
  const upper = country.toUpperCase();
  const byCountry: Record<CallLanguage, Record<string, string>> = {
    en: { CA: "en-CA", GB: "en-GB", IE: "en-IE", AU: "en-AU", IN: "en-IN", NZ: "en-NZ", ZA: "en-ZA" },
    fr: { CA: "fr-CA", CH: "fr-CH", BE: "fr-BE" },
    de: { AT: "de-AT", CH: "de-CH" },
    es: { MX: "es-MX", US: "es-US", AR: "es-AR", CO: "es-CO", CL: "es-CL" },
  };
  const fallback: Record<CallLanguage, string> = { en: "en-US", fr: "fr-FR", de: "de-DE", es: "es-ES" };
  return byCountry[language][upper] ?? fallback[language];
}
