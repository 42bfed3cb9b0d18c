// Whether a call that reports an opt-out really heard the business ask not to be called again: the business's own
// line in the call's transcript (recorded as the call went, or delivered with its outcome) is the evidence, and the
// opt-out is recorded under the business's own number, even when a redirect rang a tester instead.
import { listCallEventsForCall } from "@/db/call-events";
import type { Call } from "@/db/calls";
import { getProvider } from "@/db/providers";
import { findOptOutEvidence, type SpokenLine } from "@/lib/do-not-call/opt-out-evidence";

export interface HeardOptOut {
  phone: string;
  /** The business's words that asked it. */
  evidence: string;
}

/** The opt-out this call heard, or null when nothing the business said asks not to be called. */
export async function heardOptOut(
  call: Pick<Call, "id" | "providerId">,
  reported: readonly SpokenLine[],
): Promise<HeardOptOut | null> {
  const recorded = (await listCallEventsForCall(call.id)).flatMap((event) =>
    event.type === "transcript" ? [event.payload] : [],
  );
  const evidence = findOptOutEvidence([...recorded, ...reported]);
  if (!evidence) return null;
  const provider = await getProvider(call.providerId);
  return provider?.phone ? { phone: provider.phone, evidence } : null;
}
