import {
  checkAvailabilityTool,
  readToolRequest,
  slotRequestSchema,
} from "@/lib/calls/elevenlabs/server-tools";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// POST /api/elevenlabs/tools/check-availability – the agent asks whether an offered slot works for the client
export const POST = route(async (request) => {
  const body = await readToolRequest(request, slotRequestSchema);
  return Response.json(await checkAvailabilityTool(body, getRuntime().clock));
});
