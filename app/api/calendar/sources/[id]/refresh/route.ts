import { requireCaller } from "@/lib/auth/session";
import { refreshCalendarSource } from "@/lib/calendar/calendar-sources";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

type Context = { params: Promise<{ id: string }> };

// POST /api/calendar/sources/{id}/refresh – fetch a subscribed calendar again now
export const POST = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  await enforceRateLimit("calendar_fetch", request, caller.userId);
  const source = await refreshCalendarSource(
    { userId: caller.userId, sourceId: (await params).id },
    getRuntime().clock,
  );
  return Response.json(source);
});
