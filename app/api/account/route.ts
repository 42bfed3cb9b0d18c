import { requireCaller } from "@/lib/auth/session";
import { accountView } from "@/lib/guardrails/account";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// GET /api/account – the caller's email and its verification, their consent, today's allowance, and what is
// missing before CallPilot may place real calls for them
export const GET = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const runtime = getRuntime();
  return Response.json(await accountView(caller, runtime.dialer, runtime.clock));
});
