// The address people and Google reach this server at: PUBLIC_BASE_URL, else BETTER_AUTH_URL, else the address the
// request was made to (its Host header: Next's request.url names the address it listens on, not the one asked).
import { getConfig } from "@/lib/config";

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
  const config = getConfig();
  const configured = config.PUBLIC_BASE_URL ?? config.BETTER_AUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  return `${fallback.protocol}//${headers.get("host") ?? fallback.host}`;
}
