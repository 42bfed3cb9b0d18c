import { requireCaller } from "@/lib/auth/session";
import { disconnectGoogleCalendar } from "@/lib/calendar/google/google-connection";
import { route } from "@/lib/http/route";

// DELETE /api/calendar/google – disconnect Google Calendar (CallPilot forgets its tokens)
export const DELETE = route(async (request) => {
  const caller = await requireCaller(request.headers);
  await disconnectGoogleCalendar(caller.userId);
  return new Response(null, { status: 204 });
});
