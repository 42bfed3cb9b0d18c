// GET /health/ready – readiness for load balancers: the database answers and every migration is applied. No auth.
import { checkDatabaseReady } from "@/db/readiness";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const readiness = await checkDatabaseReady();
  const headers = { "cache-control": "no-store" };
  if (!readiness.ok) {
    return Response.json(
      { status: "unavailable", service: "callpilot", reason: readiness.reason },
      { status: 503, headers },
    );
  }
  return Response.json({ status: "ready", service: "callpilot", checks: { database: "ok" } }, { headers });
}
