// Where to go after signing in or up: the `next` path if it stays on this site, otherwise the home page. Judged
// after the URL parser has read it, as the browser will: "/\t/evil.example", "/\evil" and "/.//evil" all look
// like paths as text yet name another host (or become "//host") once parsed.
const placeholderOrigin = "https://callpilot.invalid";

export function safeNextPath(next: string | string[] | undefined): string {
  const raw = Array.isArray(next) ? next[0] : next;
  if (!raw?.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(raw, placeholderOrigin);
  } catch {
    return "/";
  }
  if (url.origin !== placeholderOrigin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that still begins "//" (or "/\") reads as a host to whoever parses it next: the router, the browser.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  return path;
}
