import { requireCaller } from "@/lib/auth/session";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { readJson, route } from "@/lib/http/route";
import { chatRequestSchema } from "@/lib/intake/chat-schema";
import { runChatTurn } from "@/lib/intake/tasks";
import { getRuntime } from "@/lib/runtime";

// POST /api/chat – one chat turn; answers once the reply is complete
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  await enforceRateLimit("chat", request, caller.userId);
  const body = await readJson(request, chatRequestSchema);
  const runtime = getRuntime();
  const turn = await runChatTurn(
    { userId: caller.userId, taskId: body.task_id, message: body.message },
    { model: runtime.intakeModel, clock: runtime.clock },
  );
  const result = await turn.result;
  return Response.json({
    reply: result.reply,
    extracted_data: result.extracted_data,
    task_status: result.task_status,
    task_id: result.task_id,
    time_zone: result.time_zone,
    ...(result.proposed_change ? { proposed_change: result.proposed_change } : {}),
  });
});
