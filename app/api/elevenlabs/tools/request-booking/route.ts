import { readToolRequest, requestBookingTool, slotRequestSchema } from "@/lib/calls/elevenlabs/server-tools";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// POST /api/elevenlabs/tools/request-booking – the agent asks to book a slot; the booking lock decides
export const POST = route(async (request) => {
  const body = await readToolRequest(request, slotRequestSchema);
  return Response.json(await requestBookingTool(body, getRuntime().clock));
});
