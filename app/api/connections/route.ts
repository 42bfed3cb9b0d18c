import { requireCaller } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";
import { listConnections } from "@/lib/connections/connections";
import { route } from "@/lib/http/route";

// GET /api/connections – each integration's state (configured, not configured, failing) and what it enables
export const GET = route(async (request) => {
  await requireCaller(request.headers);
  return Response.json(
    { connections: await listConnections(getConfig()) },
    { headers: { "cache-control": "no-store" } },
  );
});
