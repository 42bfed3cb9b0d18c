// Ends a call from what ElevenLabs says about it: a finished conversation (webhook or reconciler) or a call that
// never connected. Both go through ingestCallOutcome, which is idempotent, so a late or repeated report is harmless.
import { getBooking } from "@/db/bookings";
import type { Call } from "@/db/calls";
import { getProvider } from "@/db/providers";
import type { Clock } from "@/lib/clock";
import { providerLanguage } from "@/lib/providers/provider-language";
import type { SentenceKey } from "@/lib/sentences/sentence";
import { failureOf } from "../call-outcome";
import { ingestCallOutcome } from "../ingestion";
import type { FinishedConversation } from "./finished-conversation";
import { outcomeFromConversation } from "./conversation-outcome";
import { latestAgentReport } from "./server-tools";

export async function finishCallFromConversation(
  call: Call,
  conversation: FinishedConversation,
  clock: Clock,
): Promise<{ applied: boolean; status: string }> {
  const [booking, provider, agentReport] = await Promise.all([
    getBooking(call.bookingId),
    getProvider(call.providerId),
    latestAgentReport(call.id),
  ]);
  const outcome = outcomeFromConversation(conversation, {
    serviceType: booking?.request.service_type ?? "dentist",
    timeZone: provider?.timeZone ?? booking?.timeZone ?? "UTC",
    agentReport,
    language: provider ? providerLanguage(provider) : "en",
  });
  const { applied } = await ingestCallOutcome(call.id, outcome, clock);
  return { applied, status: outcome.status };
}

/** ElevenLabs' call_initiation_failure reasons, as the call's status and a sentence for the person. */
const initiationFailures: Record<string, { status: "busy" | "no_answer" | "failed"; reason: SentenceKey }> = {
  busy: { status: "busy", reason: "failureLineBusy" },
  "no-answer": { status: "no_answer", reason: "failureNoAnswer" },
};

export async function finishCallNotConnected(
  call: Call,
  failureReason: string,
  clock: Clock,
): Promise<{ applied: boolean; status: string }> {
  const known = initiationFailures[failureReason] ?? {
    status: "failed" as const,
    reason: "failureNotConnected" as const,
  };
  const { applied } = await ingestCallOutcome(
    call.id,
    { status: known.status, ...failureOf(known.reason) },
    clock,
  );
  return { applied, status: known.status };
}
