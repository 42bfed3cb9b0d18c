import { requireCaller } from "@/lib/auth/session";
import { requestMove } from "@/lib/booking/appointment-change-requests";
import { moveRequestSchema } from "@/lib/booking/move-window";
import { readJson, route } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

// POST /api/booking/{id}/reschedule – { timeframe } or { window: { start, end } }: phone the same business to move
// the booked appointment into that window. 202 when the call was queued; 200 with the same state otherwise.
export const POST = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id } = await params;
  const move = await readJson(request, moveRequestSchema);
  const { result, callQueued } = await requestMove({ caller, request, bookingId: id, move });
  return Response.json(result, { status: callQueued ? 202 : 200 });
});
