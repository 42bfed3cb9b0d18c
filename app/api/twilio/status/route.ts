// POST /api/twilio/status – Twilio reports a call's progress and end (signed; redeliveries change nothing).
import { handleStatusCallback } from "@/lib/calls/twilio/status-callback";
import { readSignedTwilioForm } from "@/lib/calls/twilio/webhook-request";
import { getConfig } from "@/lib/config";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

export const POST = route(async (request) => {
  const params = await readSignedTwilioForm(request, getConfig());
  await handleStatusCallback(params, getRuntime().clock);
  return new Response(null, { status: 204 });
});
