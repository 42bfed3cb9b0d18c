import { requireCaller } from "@/lib/auth/session";
import { importCalendarFile } from "@/lib/calendar/calendar-sources";
import { readCalendarUpload } from "@/lib/calendar/read-upload";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// POST /api/calendar/sources/import?name=work.ics&time_zone=Europe/London – import an .ics file sent as the body
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const query = new URL(request.url).searchParams;
  const text = await readCalendarUpload(request);
  const source = await importCalendarFile(
    {
      userId: caller.userId,
      name: query.get("name") ?? "Imported calendar",
      text,
      timeZone: query.get("time_zone") ?? undefined,
    },
    getRuntime().clock,
  );
  return Response.json(source, { status: 201 });
});
