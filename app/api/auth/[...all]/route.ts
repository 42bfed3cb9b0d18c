import { getAuth } from "@/lib/auth/auth";
import { enforceRateLimit, type RateLimitedAction } from "@/lib/http/rate-limit";
import { withCappedBody } from "@/lib/http/read-body";
import { route } from "@/lib/http/route";

// Sign-in, sign-up and the rest are small JSON bodies; Better Auth would otherwise read any size whole.
const maxAuthBodyBytes = 64 * 1024;

/** Which of CallPilot's own rate limits an auth request counts against (Better Auth applies its own as well). */
function limitedAction(request: Request): RateLimitedAction | null {
  const path = new URL(request.url).pathname;
  if (path.startsWith("/api/auth/sign-in/")) return "sign_in";
  if (path.startsWith("/api/auth/sign-up/")) return "sign_up";
  return null;
}

// GET /api/auth/* – Better Auth (sessions, email verification links)
export const GET = (request: Request) => getAuth(request.headers).handler(request);

// POST /api/auth/* – Better Auth (anonymous sign-in, email and password sign-in and sign-up, sign-out...)
export const POST = route(async (request) => {
  const action = limitedAction(request);
  if (action) await enforceRateLimit(action, request, null);
  const capped = await withCappedBody(request, { maxBytes: maxAuthBodyBytes });
  return getAuth(request.headers).handler(capped);
});
