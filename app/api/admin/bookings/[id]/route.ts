import { adminRoute } from "@/lib/admin/admin-route";
import { loadAdminBookingDetail } from "@/lib/admin/bookings/booking-detail";

type Context = { params: Promise<{ id: string }> };

// GET /api/admin/bookings/{id} – the request, the ranking, every call with its timeline and transcript, the audit
export const GET = adminRoute(async (_request, { params }: Context) => {
  const { id } = await params;
  return Response.json(await loadAdminBookingDetail(id));
});
