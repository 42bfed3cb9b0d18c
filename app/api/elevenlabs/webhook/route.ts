import { acceptPostCallWebhook } from "@/lib/calls/elevenlabs/post-call-webhook";
import { getConfig } from "@/lib/config";
import { readBodyText } from "@/lib/http/read-body";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// Transcripts of long calls are large; anything past this is not an ElevenLabs post-call event.
const maxBodyBytes = 5 * 1024 * 1024;

// POST /api/elevenlabs/webhook – ElevenLabs' signed post-call events (transcription, call initiation failure)
export const POST = route(async (request) => {
  const rawBody = await readBodyText(request, { maxBytes: maxBodyBytes });
  const clock = getRuntime().clock;
  const result = await acceptPostCallWebhook(rawBody, request.headers.get("elevenlabs-signature"), {
    config: getConfig(),
    clock,
  });
  return Response.json({ received: true, result });
});
