import { requireCaller } from "@/lib/auth/session";
import { beginGoogleConsent, consentStateCookie } from "@/lib/calendar/google/google-consent";
import { publicBaseUrl } from "@/lib/calendar/public-url";
import { route } from "@/lib/http/route";

// GET /api/calendar/google/connect – send the person to Google's consent page (404 when not configured)
export const GET = route(async (request) => {
  await requireCaller(request.headers);
  const baseUrl = publicBaseUrl(request);
  const { url, state } = beginGoogleConsent(baseUrl);
  const secure = baseUrl.startsWith("https:") ? "; Secure" : "";
  return new Response(null, {
    status: 302,
    headers: {
      location: url,
      "set-cookie": `${consentStateCookie}=${state}; Path=/api/calendar/google; Max-Age=600; HttpOnly; SameSite=Lax${secure}`,
      "cache-control": "no-store",
    },
  });
});
