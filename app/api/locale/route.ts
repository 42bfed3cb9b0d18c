import { z } from "zod";
import { localeCookie, locales } from "@/i18n/locales";
import { safeNextPath } from "@/lib/auth/next-path";
import { invalid } from "@/lib/errors";
import { describeZodError, route } from "@/lib/http/route";
import { readBodyText } from "@/lib/http/read-body";

// The header's language switch is a plain form posting here (it works before scripts load, and before a visitor
// has a session: a language belongs to the browser, not to an account).
const choiceSchema = z.object({ locale: z.enum(locales) });
const oneYear = 60 * 60 * 24 * 365;

/** The page the form sat on (the browser names it in Referer), as a path on this site; the home page otherwise. */
function pageOf(request: Request): string {
  const referer = request.headers.get("referer");
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    return safeNextPath(`${url.pathname}${url.search}`);
  } catch {
    return "/";
  }
}

// POST /api/locale – remember the chosen language in the `locale` cookie and go back to the page, now in it
export const POST = route(async (request) => {
  const form = new URLSearchParams(await readBodyText(request, { maxBytes: 1024 }));
  const choice = choiceSchema.safeParse(Object.fromEntries(form));
  if (!choice.success) throw invalid(describeZodError(choice.error));
  const cookie = `${localeCookie}=${choice.data.locale}; Path=/; Max-Age=${oneYear}; SameSite=Lax; HttpOnly`;
  return new Response(null, { status: 303, headers: { location: pageOf(request), "set-cookie": cookie } });
});
