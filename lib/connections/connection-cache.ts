// One set of live connection checks shared by every request of this instance for CONNECTION_CHECK_CACHE_SECONDS:
// the checks call paid vendors (ElevenLabs, Twilio) and log in to the mail server, so a page anyone can open must not
// run them on every load. Requests that arrive while a check runs wait for that same check. Only a cache: each
// instance keeps its own, and a new configuration (a restart, or a test changing it) starts a fresh one.
import type { Clock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import type { Connection } from "./connection";
import { listConnections } from "./connections";

interface CachedChecks {
  checkedAt: number;
  connections: Promise<Connection[]>;
}

// Keyed by the configuration object itself: it is read once per process, so a new one means new settings.
const cache = new WeakMap<AppConfig, CachedChecks>();

export async function cachedConnections(config: AppConfig, clock: Clock): Promise<Connection[]> {
  const now = clock.now().getTime();
  const cached = cache.get(config);
  if (cached && now - cached.checkedAt < config.CONNECTION_CHECK_CACHE_SECONDS * 1000) {
    return cached.connections;
  }
  const connections = listConnections(config);
  cache.set(config, { checkedAt: now, connections });
  // A check that broke (it never should: each one answers with a state) is not kept for the others.
  connections.catch(() => {
    if (cache.get(config)?.connections === connections) cache.delete(config);
  });
  return connections;
}
