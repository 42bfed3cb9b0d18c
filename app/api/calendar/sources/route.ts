import { requireCaller } from "@/lib/auth/session";
import { calendarSubscriptionSchema, subscribeToCalendar } from "@/lib/calendar/calendar-sources";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// POST /api/calendar/sources – subscribe to an .ics URL (fetched now; refused if it is not a readable calendar)
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  await enforceRateLimit("calendar_fetch", request, caller.userId);
  const body = await readJson(request, calendarSubscriptionSchema);
  const source = await subscribeToCalendar(
    { userId: caller.userId, url: body.url, name: body.name, timeZone: body.time_zone },
    getRuntime().clock,
  );
  return Response.json(source, { status: 201 });
});
