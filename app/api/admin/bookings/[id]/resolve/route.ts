import { adminRoute } from "@/lib/admin/admin-route";
import { actorOf } from "@/lib/admin/audit-actions";
import { resolveBooking, resolveBookingSchema } from "@/lib/admin/bookings/booking-actions";
import { readJson } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

type Context = { params: Promise<{ id: string }> };

// POST /api/admin/bookings/{id}/resolve – mark the booking resolved with a note { note } (audited)
export const POST = adminRoute(async (request, { params }: Context, admin) => {
  const { id } = await params;
  const { note } = await readJson(request, resolveBookingSchema);
  const resolution = await resolveBooking(id, note, actorOf(admin), getRuntime().clock);
  return Response.json({
    booking_id: resolution.bookingId,
    note: resolution.note,
    resolved_by: resolution.resolvedByEmail,
    resolved_at: resolution.resolvedAt.toISOString(),
  });
});
