import { requireCaller } from "@/lib/auth/session";
import { bookingRequestBodySchema, placeBookingRequest } from "@/lib/booking/place-booking-request";
import { readJson, route } from "@/lib/http/route";

// POST /api/booking/request – confirm a task (or explicit fields): create the booking and start calling.
// With a real dialer configured: a verified, consenting account only (403 otherwise; nothing is queued).
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const body = await readJson(request, bookingRequestBodySchema);
  const started = await placeBookingRequest({ caller, request, body });
  return Response.json(
    { status: "processing", booking_id: started.booking.id, booking_status: started.booking.status },
    { status: started.created ? 202 : 200 },
  );
});
