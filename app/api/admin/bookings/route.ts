import { adminRoute } from "@/lib/admin/admin-route";
import { adminBookingFilterSchema } from "@/lib/admin/bookings/booking-filter";
import { loadAdminBookingTable } from "@/lib/admin/bookings/booking-table";
import { parseListFilter } from "@/lib/admin/list-filter";
import { listPageJson } from "@/lib/admin/list-page";

// GET /api/admin/bookings – one page of bookings (?status, service_type, from, to, user, dialer, resolution, page)
// with the counts per status; a bad filter is a 400
export const GET = adminRoute(async (request) => {
  const filter = parseListFilter(adminBookingFilterSchema, new URL(request.url).searchParams);
  return Response.json(listPageJson(await loadAdminBookingTable(filter)));
});
