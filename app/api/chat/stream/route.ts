import { requireCaller } from "@/lib/auth/session";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { readJson, route } from "@/lib/http/route";
import { chatRequestSchema } from "@/lib/intake/chat-schema";
import { streamChatTurn } from "@/lib/intake/chat-stream";
import { runChatTurn } from "@/lib/intake/tasks";
import { getRuntime } from "@/lib/runtime";

// POST /api/chat/stream – one chat turn, the reply streamed as newline-delimited JSON
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  await enforceRateLimit("chat", request, caller.userId);
  const body = await readJson(request, chatRequestSchema);
  const runtime = getRuntime();
  const turn = await runChatTurn(
    { userId: caller.userId, taskId: body.task_id, message: body.message },
    { model: runtime.intakeModel, clock: runtime.clock },
  );
  return new Response(streamChatTurn(turn), {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
  });
});
