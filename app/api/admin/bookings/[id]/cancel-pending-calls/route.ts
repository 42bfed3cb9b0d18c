import { adminRoute } from "@/lib/admin/admin-route";
import { actorOf } from "@/lib/admin/audit-actions";
import { cancelBookingPendingCalls } from "@/lib/admin/bookings/booking-actions";
import { getRuntime } from "@/lib/runtime";

type Context = { params: Promise<{ id: string }> };

// POST /api/admin/bookings/{id}/cancel-pending-calls – cancel the calls not dialed yet (audited)
export const POST = adminRoute(async (_request, { params }: Context, admin) => {
  const { id } = await params;
  const result = await cancelBookingPendingCalls(id, actorOf(admin), getRuntime().clock);
  return Response.json({ canceled_call_ids: result.canceledCallIds });
});
