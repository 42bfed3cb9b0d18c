import { requireCaller } from "@/lib/auth/session";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";
import { recordVoiceTranscriptLine, voiceTranscriptLineSchema } from "@/lib/voice/voice-transcript";

type Context = { params: Promise<{ id: string }> };

// POST /api/task/{id}/voice-transcript – one line of the spoken intake conversation, kept in the task's chat history
export const POST = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  await enforceRateLimit("voice_transcript", request, caller.userId);
  const { id } = await params;
  const line = await readJson(request, voiceTranscriptLineSchema);
  return Response.json(
    await recordVoiceTranscriptLine({ userId: caller.userId, taskId: id, line }, getRuntime().clock),
  );
});
