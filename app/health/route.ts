// GET /health – liveness for load balancers: the process answers. No auth, no secrets, no database.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json(
    { status: "healthy", service: "callpilot" },
    { headers: { "cache-control": "no-store" } },
  );
}
