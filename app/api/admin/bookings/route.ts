import { adminRoute } from "@/lib/admin/admin-route";
import { parseAdminBookingFilter } from "@/lib/admin/bookings/booking-filter";
import { loadAdminBookingTable } from "@/lib/admin/bookings/booking-table";

// GET /api/admin/bookings – one page of bookings (?status, service_type, from, to, user, dialer, resolution, page)
// with the counts per status
export const GET = adminRoute(async (request) => {
  const filter = parseAdminBookingFilter(new URL(request.url).searchParams);
  return Response.json(await loadAdminBookingTable(filter));
});
