// Twilio's status callbacks (app/api/twilio/status): ringing and answered become live progress, a final status ends
// the call through ingestion (so the retry policy and the booking's settlement apply). Each delivery is keyed by
// call SID, status and sequence number and recorded once processed, so a redelivered callback changes nothing.
import { getTwimlSession } from "@/db/twiml-sessions";
import { hasWebhookReceipt, recordWebhookReceipt } from "@/db/webhook-receipts";
import type { Clock } from "@/lib/clock";
import { logger } from "@/lib/logger";
import { ingestCallOutcome, recordCallProgress } from "../ingestion";
import { readCallStatus } from "./call-status";
import { findCallForSid } from "./find-call";
import { forgetCall } from "./known-calls";
import type { TwilioParams } from "./webhook-request";

export type StatusCallbackResult = "applied" | "duplicate" | "unknown_call" | "ignored";

export async function handleStatusCallback(
  params: TwilioParams,
  clock: Clock,
): Promise<StatusCallbackResult> {
  const callSid = params.CallSid ?? "";
  const callStatus = params.CallStatus ?? "";
  const key = `twilio:status:${callSid}:${callStatus}:${params.SequenceNumber ?? "-"}`;
  if (!callSid || !callStatus) return "ignored";
  if (await hasWebhookReceipt(key)) return "duplicate";

  const call = await findCallForSid(callSid);
  if (!call) {
    logger.warn("Twilio reported the status of a call CallPilot does not know", { callSid, callStatus });
    return "unknown_call";
  }
  const session = (await getTwimlSession(callSid)) ?? null;
  const duration = params.CallDuration ? Number(params.CallDuration) : null;
  const meaning = readCallStatus(
    callStatus,
    params.AnsweredBy || null,
    session,
    Number.isFinite(duration) ? duration : null,
  );
  const live = call.status === "in_progress" || call.status === "dialing";
  if (meaning.kind === "progress" && live) {
    await recordCallProgress(call, meaning.status, clock);
  } else if (meaning.kind === "ended") {
    forgetCall(callSid);
    const { applied } = await ingestCallOutcome(call.id, meaning.outcome, clock);
    if (applied)
      logger.info("Twilio call ended", { callId: call.id, callSid, status: meaning.outcome.status });
  }
  await recordWebhookReceipt(key, clock.now());
  return meaning.kind === "ignored" ? "ignored" : "applied";
}
