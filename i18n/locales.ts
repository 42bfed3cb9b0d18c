// The languages the person-facing pages speak, and which one a request gets: the `locale` cookie the header's switch
// sets, else the best match in the browser's Accept-Language, else English. URLs carry no locale.
import { cookieValue } from "@/app/_components/cookie-value";

export const locales = ["en", "es", "fr", "de"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
export const localeCookie = "locale";

/** Each language named in itself, as the switch offers it. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  es: "Español",
  fr: "Français",
  de: "Deutsch",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** "es-ES,es;q=0.9,en;q=0.8" as its languages, most wanted first (q=0 means "not this one"). */
function acceptedLanguages(header: string): string[] {
  return header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The request's language: a valid cookie wins, then Accept-Language by quality (by primary subtag), then English. */
export function negotiateLocale(request: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(request.cookie)) return request.cookie;
  for (const tag of acceptedLanguages(request.acceptLanguage ?? "")) {
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}

/** A request's language from its own headers: the `locale` cookie, else Accept-Language, else English. */
export function requestLocale(headers: Headers): Locale {
  return negotiateLocale({
    cookie: cookieValue(headers.get("cookie"), localeCookie),
    acceptLanguage: headers.get("accept-language"),
  });
}
