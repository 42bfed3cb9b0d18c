import { requireCaller } from "@/lib/auth/session";
import { removeCalendarSource } from "@/lib/calendar/calendar-sources";
import { route } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

// DELETE /api/calendar/sources/{id} – remove an imported file or end a subscription, with its busy times
export const DELETE = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  await removeCalendarSource({ userId: caller.userId, sourceId: (await params).id });
  return new Response(null, { status: 204 });
});
