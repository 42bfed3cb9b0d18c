import { requireCaller } from "@/lib/auth/session";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

type Context = { params: Promise<{ id: string }> };

// POST /api/booking/{id}/cancel – stop looking: cancel the request and every call not dialed yet
export const POST = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id } = await params;
  return Response.json(await cancelBooking({ userId: caller.userId, bookingId: id }, getRuntime().clock));
});
