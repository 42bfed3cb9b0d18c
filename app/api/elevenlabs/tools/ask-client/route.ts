import { askPersonRequestSchema, askPersonToolReply } from "@/lib/calls/elevenlabs/ask-person-tool";
import { readToolRequest } from "@/lib/calls/elevenlabs/server-tools";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

// POST /api/elevenlabs/tools/ask-client – the agent puts a receptionist's question to the person and waits (≤ 35 s)
export const POST = route(async (request) => {
  const body = await readToolRequest(request, askPersonRequestSchema);
  return Response.json(await askPersonToolReply(body, getRuntime().clock));
});
