import { requireCaller } from "@/lib/auth/session";
import { getBookingView } from "@/lib/booking/booking-view";
import { route } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

// GET /api/booking/{id} – the booking, the booked appointment and every called provider's ranked result
export const GET = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id } = await params;
  return Response.json(await getBookingView(id, caller.userId));
});
