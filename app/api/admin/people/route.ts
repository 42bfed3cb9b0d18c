import { adminRoute } from "@/lib/admin/admin-route";
import { parseListFilter } from "@/lib/admin/list-filter";
import { listPageJson } from "@/lib/admin/list-page";
import { loadPeoplePage, peopleFilterSchema } from "@/lib/admin/people";
import { getRuntime } from "@/lib/runtime";

// GET /api/admin/people?search&page – signed-up people, newest first, with today's bookings and calls (a bad
// filter is a 400)
export const GET = adminRoute(async (request) => {
  const filter = parseListFilter(peopleFilterSchema, new URL(request.url).searchParams);
  return Response.json(listPageJson(await loadPeoplePage(filter, getRuntime().clock)));
});
