// POST /api/twilio/voice – Twilio asks for the next TwiML of a scripted call (signed; state is keyed by CallSid).
import { handoverDialFrom } from "@/lib/calls/twilio/dial-action";
import { holdPollFrom } from "@/lib/calls/twilio/live-question";
import { answerVoiceWebhook } from "@/lib/calls/twilio/voice-call";
import { getReplyReader } from "@/lib/calls/twilio/reply-reader";
import { readSignedTwilioForm } from "@/lib/calls/twilio/webhook-request";
import { getConfig } from "@/lib/config";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

export const POST = route(async (request) => {
  const config = getConfig();
  const params = await readSignedTwilioForm(request, config);
  const twiml = await answerVoiceWebhook(
    params,
    {
      clock: getRuntime().clock,
      config,
      reader: getReplyReader(),
    },
    holdPollFrom(new URL(request.url)),
    handoverDialFrom(new URL(request.url)),
  );
  return new Response(twiml, {
    headers: { "content-type": "text/xml; charset=utf-8", "cache-control": "no-store" },
  });
});
