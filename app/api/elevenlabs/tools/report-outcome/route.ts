import { readToolRequest, reportOutcomeTool, reportRequestSchema } from "@/lib/calls/elevenlabs/server-tools";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// POST /api/elevenlabs/tools/report-outcome – the agent's own account of the call, before it hangs up
export const POST = route(async (request) => {
  const body = await readToolRequest(request, reportRequestSchema);
  return Response.json(await reportOutcomeTool(body, getRuntime().clock));
});
