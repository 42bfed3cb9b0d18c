// The address people and Google reach this server at: PUBLIC_BASE_URL, else BETTER_AUTH_URL, else the address the
// request was made to (its Host header: Next's request.url names the address it listens on, not the one asked).
import { getConfig, type AppConfig } from "@/lib/config";

export function publicBaseUrl(request: Request): string {
  const url = new URL(request.url);
  return publicBaseUrlOf(request.headers, { protocol: url.protocol, host: url.host });
}

/**
 * The same address from the request's headers alone, for Server Components and server actions (they see headers,
 * not a Request): Next's own X-Forwarded-Proto gives the scheme there.
 */
export function publicBaseUrlOf(
  headers: Headers,
  fallback: { protocol: string; host: string } = {
    protocol: `${headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http"}:`,
    host: "localhost",
  },
): string {
  const configured = configuredBaseUrl(getConfig());
  if (configured) return configured;
  return `${fallback.protocol}//${headers.get("host") ?? fallback.host}`;
}

function configuredBaseUrl(config: Pick<AppConfig, "PUBLIC_BASE_URL" | "BETTER_AUTH_URL">): string | null {
  const configured = config.PUBLIC_BASE_URL ?? config.BETTER_AUTH_URL;
  return configured ? configured.replace(/\/+$/, "") : null;
}

/** The same address for work with no request at all (an email from the periodic work): the local server last. */
export function backgroundBaseUrl(config: Pick<AppConfig, "PUBLIC_BASE_URL" | "BETTER_AUTH_URL">): string {
  return configuredBaseUrl(config) ?? `http://localhost:${process.env.PORT ?? 3000}`;
}
