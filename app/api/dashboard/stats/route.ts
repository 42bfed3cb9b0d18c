import { requireCaller } from "@/lib/auth/session";
import { loadDashboardStats } from "@/lib/dashboard/stats";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// GET /api/dashboard/stats – the caller's booking figures and upcoming appointments
export const GET = route(async (request) => {
  const caller = await requireCaller(request.headers);
  return Response.json(await loadDashboardStats(caller.userId, getRuntime().clock));
});
