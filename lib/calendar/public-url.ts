// The address people and Google reach this server at: PUBLIC_BASE_URL, else BETTER_AUTH_URL, else the address the
// request was made to (its Host header: Next's request.url names the address it listens on, not the one asked).
import { getConfig } from "@/lib/config";

export function publicBaseUrl(request: Request): string {
  const config = getConfig();
  const configured = config.PUBLIC_BASE_URL ?? config.BETTER_AUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const url = new URL(request.url);
  const host = request.headers.get("host");
  return `${url.protocol}//${host ?? url.host}`;
}
