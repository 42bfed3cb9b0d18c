// Whether a request reaches CallPilot over https, the one question behind Secure session cookies and HSTS: the
// site's configured address is https (PUBLIC_BASE_URL or BETTER_AUTH_URL), or the request's X-Forwarded-Proto says
// the browser's connection was (a TLS proxy in front, or Next.js itself, which fills the header in from its own
// socket when it is missing).
//
// The forwarded header is believed even when no trusted proxy (TRUSTED_PROXIES) is known to have sent it, on
// purpose: it can only turn protections on. A client that forges it over plain http gets a Secure cookie its own
// browser will not send back over http, hurting no one else; a TLS proxy the operator did not list still gets
// Secure cookies.
import type { AppConfig } from "@/lib/config";

type SiteConfig = Pick<AppConfig, "PUBLIC_BASE_URL" | "BETTER_AUTH_URL">;

/** The site is configured at an https address, whatever a given request looks like. */
export function siteIsHttps(config: SiteConfig): boolean {
  return [config.PUBLIC_BASE_URL, config.BETTER_AUTH_URL].some(
    (url) => url !== undefined && new URL(url).protocol === "https:",
  );
}

/** This request is (or the whole site is) served over https. Without headers: the site's configuration alone. */
export function reachedOverHttps(headers: Headers | undefined, config: SiteConfig): boolean {
  if (siteIsHttps(config)) return true;
  // "https, http": each proxy appends its hop; the first is the browser's own connection.
  const forwarded = headers?.get("x-forwarded-proto")?.split(",")[0].trim().toLowerCase();
  return forwarded === "https";
}
