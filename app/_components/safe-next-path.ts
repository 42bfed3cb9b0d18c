// Where to go after signing in or up: the `next` path if it stays on this site, otherwise the home page.
export function safeNextPath(next: string | string[] | undefined): string {
  const path = Array.isArray(next) ? next[0] : next;
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  return path;
}
