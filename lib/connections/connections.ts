// The connections page: every integration's state — configured, not configured, or configured but failing its cheap
// check — and what it enables. Nothing in it comes from a secret: names, fixed sentences and states only.
import type { AppConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import { describeStatus, runCheck, type Connection } from "./connection";
import { integrations } from "./connection-checks";

export async function listConnections(config: AppConfig): Promise<Connection[]> {
  const timeoutMs = config.CONNECTION_CHECK_TIMEOUT_MS;
  return Promise.all(
    integrations.map(async (integration): Promise<Connection> => {
      const base = { id: integration.id, name: integration.name(config), enables: integration.enables };
      if (!integration.configured(config)) {
        return { ...base, state: "not_configured", checked: false, detail: "Not set up on this server." };
      }
      if (!integration.check) {
        return {
          ...base,
          state: "configured",
          checked: false,
          detail: "Set up; it has no free request to check it with, so it is checked when it is first used.",
        };
      }
      const check = integration.check;
      const failure = await runCheck(
        () => check(config, timeoutMs),
        timeoutMs,
        (error) => {
          // The vendor's own words may name account details: the log gets them, the page a sentence.
          logger.warn("an integration's connection check failed", { integration: integration.id, error });
          return describeStatus(integration.vendor, error);
        },
      );
      return failure === null
        ? { ...base, state: "configured", checked: true, detail: "Set up, and it answered just now." }
        : { ...base, state: "failing", checked: true, detail: `Set up, but the check failed: ${failure}` };
    }),
  );
}
