// The admin check for pages (server components): the same decision as the API's, answered the way a browser
// needs it — a redirect to sign in that comes back to this page, or the 403 page (Next's forbidden()).
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Caller } from "@/lib/auth/session";
import { adminAccessFor, type AdminAccess } from "./access";

// One session lookup per request, shared by the layout and the page.
const accessForThisRequest = cache(async (): Promise<AdminAccess> => adminAccessFor(await headers()));

/** Call first thing in every admin page, with the page's own path (where to come back to after signing in). */
export async function requireAdminPage(path: string): Promise<Caller> {
  const access = await accessForThisRequest();
  if (access.kind === "sign_in") redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (access.kind === "forbidden") forbidden();
  return access.admin;
}

/** For the admin layout's chrome only: whether to draw the admin navigation. Never a substitute for the check. */
export async function isAdminViewer(): Promise<boolean> {
  return (await accessForThisRequest()).kind === "admin";
}
