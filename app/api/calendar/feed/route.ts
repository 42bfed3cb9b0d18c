import { requireCaller } from "@/lib/auth/session";
import { issueFeedToken, revokeFeedToken } from "@/lib/calendar/booking-feed";
import { publicBaseUrl } from "@/lib/calendar/public-url";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// POST /api/calendar/feed – issue a new private feed URL (any earlier URL stops working)
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const feed = await issueFeedToken(caller.userId, publicBaseUrl(request), getRuntime().clock);
  return Response.json(feed, { status: 201 });
});

// DELETE /api/calendar/feed – revoke the private feed URL
export const DELETE = route(async (request) => {
  const caller = await requireCaller(request.headers);
  await revokeFeedToken(caller.userId);
  return new Response(null, { status: 204 });
});
