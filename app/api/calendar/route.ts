import { requireCaller } from "@/lib/auth/session";
import { calendarOverview } from "@/lib/calendar/calendar-overview";
import { publicBaseUrl } from "@/lib/calendar/public-url";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// GET /api/calendar – the person's busy blocks, calendars, upcoming busy times, feed and Google Calendar status
export const GET = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const overview = await calendarOverview(caller.userId, publicBaseUrl(request), getRuntime().clock);
  return Response.json(overview, { headers: { "cache-control": "no-store" } });
});
