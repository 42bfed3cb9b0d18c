import { adminRoute } from "@/lib/admin/admin-route";
import { queryValues } from "@/lib/admin/query-values";
import { loadOverview, overviewQuerySchema } from "@/lib/admin/overview";
import { getRuntime } from "@/lib/runtime";

// GET /api/admin/overview – bookings and calls per day, success rate, median time to booked, calls by outcome (?days)
export const GET = adminRoute(async (request) => {
  const { days } = overviewQuerySchema.parse(queryValues(new URL(request.url).searchParams));
  return Response.json(await loadOverview(days, getRuntime().clock));
});
