import { requireCaller } from "@/lib/auth/session";
import { connectionsFor } from "@/lib/connections/connections-for";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// GET /api/connections – each integration's state (configured, not configured, failing) and what it enables; admins
// also see whether it was checked and what failed. The live checks are shared for CONNECTION_CHECK_CACHE_SECONDS.
export const GET = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const connections = await connectionsFor(caller, request, getRuntime().clock);
  return Response.json({ connections }, { headers: { "cache-control": "no-store" } });
});
