// GET /health/ready – readiness for load balancers: the database answers and every migration is applied. No auth,
// so the answer names the problem in a few words and the error itself goes to the log.
import { checkDatabaseReady } from "@/db/readiness";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const readiness = await checkDatabaseReady();
  const headers = { "cache-control": "no-store" };
  if (!readiness.ok) {
    logger.error("readiness check failed", { reason: readiness.reason, error: readiness.cause });
    return Response.json(
      { status: "unavailable", service: "callpilot", reason: readiness.reason },
      { status: 503, headers },
    );
  }
  return Response.json({ status: "ready", service: "callpilot", checks: { database: "ok" } }, { headers });
}
