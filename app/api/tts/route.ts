import { requireCaller } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";
import { clientIp } from "@/lib/http/client-ip";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";
import { speechContentType, speechRequestSchema, streamSpeech } from "@/lib/voice/text-to-speech";

// POST /api/tts – a reply read aloud: ElevenLabs text-to-speech audio (MP3), streamed through as it is generated
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  await enforceRateLimit("voice", request, caller.userId);
  const { text } = await readJson(request, speechRequestSchema);
  const config = getConfig();
  const payer = { userId: caller.userId, ip: clientIp(request.headers, config) };
  const audio = await streamSpeech({ text, payer }, config, getRuntime().clock);
  return new Response(audio, { headers: { "content-type": speechContentType, "cache-control": "no-store" } });
});
