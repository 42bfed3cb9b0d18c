import { requireCaller } from "@/lib/auth/session";
import { consentStateCookie, finishGoogleConsent } from "@/lib/calendar/google/google-consent";
import { publicBaseUrl } from "@/lib/calendar/public-url";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { logger } from "@/lib/logger";
import { getRuntime } from "@/lib/runtime";

// GET /api/calendar/google/callback?code&state – Google's redirect back; stores the connection, then back to /calendar
export const GET = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const baseUrl = publicBaseUrl(request);
  const cookieState = request.headers
    .get("cookie")
    ?.split(/;\s*/)
    .find((cookie) => cookie.startsWith(`${consentStateCookie}=`))
    ?.slice(consentStateCookie.length + 1);
  let outcome = "connected";
  try {
    await finishGoogleConsent(
      { userId: caller.userId, baseUrl, query: new URL(request.url).searchParams, cookieState },
      getRuntime().clock,
    );
  } catch (error) {
    if (error instanceof AppError && error.status === 404) throw error;
    logger.warn("connecting Google Calendar failed", { error, userId: caller.userId });
    outcome = "failed";
  }
  return new Response(null, {
    status: 303,
    headers: {
      location: `${baseUrl}/calendar?google=${outcome}`,
      "set-cookie": `${consentStateCookie}=; Path=/api/calendar/google; Max-Age=0; HttpOnly; SameSite=Lax`,
      "cache-control": "no-store",
    },
  });
});
