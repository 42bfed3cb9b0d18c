// One cookie's raw value in a Cookie header (or document.cookie); null when absent. Shared by the server, which reads
// the request's header, and the browser, which reads document.cookie.
export function cookieValue(cookieHeader: string | null | undefined, name: string): string | null {
  for (const pair of cookieHeader?.split(/;\s*/) ?? []) {
    if (pair.startsWith(`${name}=`)) return pair.slice(name.length + 1);
  }
  return null;
}
