// Finds our call for a Twilio call SID. The dispatcher links them (calls.external_id) as soon as Twilio accepts the
// call, which is before Twilio can ring anyone; a webhook racing that write waits a moment for it.
import { getCallByExternalId, type Call } from "@/db/calls";

const linkWaitMs = 3_000;
const pollMs = 25;

export async function findCallForSid(callSid: string, waitMs = linkWaitMs): Promise<Call | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const call = await getCallByExternalId(callSid);
    if (call) return call.dialer === "twilio" ? call : null;
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
