import { requireCaller } from "@/lib/auth/session";
import { listBookingHistory } from "@/lib/booking/booking-history";
import { route } from "@/lib/http/route";

// GET /api/bookings – the caller's bookings, newest first
export const GET = route(async (request) => {
  const caller = await requireCaller(request.headers);
  return Response.json({ bookings: await listBookingHistory(caller.userId) });
});
