import { z } from "zod";
import { requireCaller } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";
import { clientIp } from "@/lib/http/client-ip";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";
import { issueIntakeSession } from "@/lib/voice/intake-session";

const sessionRequestSchema = z.object({ task_id: z.string().min(1) }).strict();

// POST /api/voice/session – a signed URL to talk to the ElevenLabs intake agent about one of the caller's requests
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  await enforceRateLimit("voice", request, caller.userId);
  const { task_id } = await readJson(request, sessionRequestSchema);
  const config = getConfig();
  const payer = { userId: caller.userId, ip: clientIp(request.headers, config) };
  const session = await issueIntakeSession({ payer, taskId: task_id }, config, getRuntime().clock);
  return Response.json(session, { headers: { "cache-control": "no-store" } });
});
