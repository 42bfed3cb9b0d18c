// The one admin check. Every admin page and every /api/admin route asks it: a visitor or guest must sign in
// (401 for the API, a redirect to /sign-in for pages), a signed-in person who is not an admin is refused (403).
import { forbidden as forbiddenError, unauthorized } from "@/lib/errors";
import { getCaller, type Caller } from "@/lib/auth/session";

export type AdminAccess =
  { kind: "admin"; admin: Caller } | { kind: "sign_in" } | { kind: "forbidden"; caller: Caller };

/** The decision alone, for a caller already known (or null: no session). Guests count as not signed in. */
export function decideAdminAccess(caller: Caller | null): AdminAccess {
  if (!caller || caller.isAnonymous) return { kind: "sign_in" };
  if (caller.role !== "admin") return { kind: "forbidden", caller };
  return { kind: "admin", admin: caller };
}

export async function adminAccessFor(headers: Headers): Promise<AdminAccess> {
  return decideAdminAccess(await getCaller(headers));
}

/** For route handlers: the admin behind the request, or a thrown 401/403 the route wrapper turns into {error}. */
export async function requireAdmin(headers: Headers): Promise<Caller> {
  const access = await adminAccessFor(headers);
  if (access.kind === "sign_in") {
    throw unauthorized("Sign in with an administrator account to use the admin API.");
  }
  if (access.kind === "forbidden") throw forbiddenError("This needs an administrator account.");
  return access.admin;
}
