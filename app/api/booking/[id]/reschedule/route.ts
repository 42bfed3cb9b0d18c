import { requireCaller } from "@/lib/auth/session";
import { requestMove } from "@/lib/booking/appointment-change-requests";
import { rescheduleBodySchema } from "@/lib/booking/move-window";
import { readJson, route } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

// POST /api/booking/{id}/reschedule – { timeframe } or { window: { start, end } }: phone the same business to move
// the booked appointment into that window; { new_search: true }: when it had nothing, a new search for that window
// (the old appointment is cancelled once a new one is booked). 202 when something was queued; 200 with the same
// state otherwise.
export const POST = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id } = await params;
  const body = await readJson(request, rescheduleBodySchema);
  const { result, callQueued } = await requestMove({ caller, request, bookingId: id, body });
  return Response.json(result, { status: callQueued ? 202 : 200 });
});
