import { z } from "zod";
import { requireCaller } from "@/lib/auth/session";
import { subscribeToCalendar } from "@/lib/calendar/calendar-sources";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

const subscriptionSchema = z.object({
  url: z.string().trim().min(1).max(2000).describe("The calendar's .ics address (https, http or webcal)."),
  name: z.string().trim().max(120).optional(),
  time_zone: z.string().max(64).optional().describe("The zone floating times in the calendar mean."),
});

// POST /api/calendar/sources – subscribe to an .ics URL (fetched now; refused if it is not a readable calendar)
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  await enforceRateLimit("calendar_fetch", request, caller.userId);
  const body = await readJson(request, subscriptionSchema);
  const source = await subscribeToCalendar(
    { userId: caller.userId, url: body.url, name: body.name, timeZone: body.time_zone },
    getRuntime().clock,
  );
  return Response.json(source, { status: 201 });
});
