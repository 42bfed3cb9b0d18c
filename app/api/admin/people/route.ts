import { adminRoute } from "@/lib/admin/admin-route";
import { loadPeoplePage, peopleFilterSchema } from "@/lib/admin/people";
import { queryValues } from "@/lib/admin/query-values";
import { invalid } from "@/lib/errors";
import { describeZodError } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// GET /api/admin/people?search&page – signed-up people, newest first, with today's bookings and calls
export const GET = adminRoute(async (request) => {
  const parsed = peopleFilterSchema.safeParse(queryValues(new URL(request.url).searchParams));
  if (!parsed.success) throw invalid(describeZodError(parsed.error));
  return Response.json(await loadPeoplePage(parsed.data, getRuntime().clock));
});
