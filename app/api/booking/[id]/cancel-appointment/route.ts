import { z } from "zod";
import { requireCaller } from "@/lib/auth/session";
import { requestCancellation } from "@/lib/booking/appointment-change-requests";
import { readJson, route } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

// POST /api/booking/{id}/cancel-appointment – phone the business to cancel the booked appointment. 202 when the
// call was queued; 200 with the same state when one is already under way or the business already agreed.
export const POST = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id } = await params;
  await readJson(request, z.object({}).strict());
  const { result, callQueued } = await requestCancellation({ caller, request, bookingId: id });
  return Response.json(result, { status: callQueued ? 202 : 200 });
});
