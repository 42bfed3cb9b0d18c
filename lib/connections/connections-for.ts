// What one person may see of this server's integrations (GET /api/connections and /settings/connections): every
// state and what it enables, and to admins whether it was checked and what failed. Each look counts against the
// "connections" rate limit, since a stale cache means live checks against paid vendors.
import type { Caller } from "@/lib/auth/session";
import type { Clock } from "@/lib/clock";
import { getConfig, type AppConfig } from "@/lib/config";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { summariseConnection, type Connection, type ConnectionSummary } from "./connection";
import { cachedConnections } from "./connection-cache";

export type VisibleConnection = ConnectionSummary & Partial<Connection>;

export async function connectionsFor(
  caller: Caller,
  request: { headers: Headers },
  clock: Clock,
  config: AppConfig = getConfig(),
): Promise<VisibleConnection[]> {
  await enforceRateLimit("connections", request, caller.userId, config);
  const connections = await cachedConnections(config, clock);
  return caller.role === "admin" ? connections : connections.map(summariseConnection);
}
