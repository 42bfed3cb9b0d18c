import { requireCaller } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";
import { summariseConnection } from "@/lib/connections/connection";
import { cachedConnections } from "@/lib/connections/connection-cache";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// GET /api/connections – each integration's state (configured, not configured, failing) and what it enables; admins
// also see whether it was checked and what failed. The live checks are shared for CONNECTION_CHECK_CACHE_SECONDS.
export const GET = route(async (request) => {
  const caller = await requireCaller(request.headers);
  await enforceRateLimit("connections", request, caller.userId);
  const connections = await cachedConnections(getConfig(), getRuntime().clock);
  return Response.json(
    { connections: caller.role === "admin" ? connections : connections.map(summariseConnection) },
    { headers: { "cache-control": "no-store" } },
  );
});
