// An admin's review of the opt-outs calls heard. One person's booking must never take a business off everyone's
// calls unseen (their notes reach the agent, and the receptionist may be coaxed), so an opt-out first keeps the
// number from that person's calls only; confirming it lists the number for everyone, with the business's words as
// the reason. Dismissing it is removing the number (lib/do-not-call/do-not-call-list.ts).
import { confirmOptOutRequests, listPendingOptOuts, type PendingOptOut } from "@/db/opt-out-requests";
import type { AuditActor } from "@/lib/admin/audit-actions";
import { parsePhoneNumber } from "@/lib/admin/phone-number";
import type { Clock } from "@/lib/clock";
import { invalid, notFound } from "@/lib/errors";

export type { PendingOptOut };

/** Opt-outs waiting for an admin, oldest first. */
export function listOptOutsToReview(): Promise<PendingOptOut[]> {
  return listPendingOptOuts();
}

/** The listing's reason once confirmed: what the business said, in its own words. */
export function optOutListingReason(evidence: string): string {
  return `The business asked on a call not to be called again: “${evidence}”`;
}

/** Lists the number for everyone, from its earliest pending opt-out; 404 when none waits for review. */
export async function confirmOptOut(
  phone: string,
  actor: AuditActor,
  clock: Clock,
): Promise<{ phone: string; source_call_id: string }> {
  const parsed = parsePhoneNumber(phone);
  if (!parsed.ok) throw invalid(`The phone number ${parsed.message}.`);
  const [earliest] = await listPendingOptOuts(parsed.e164);
  const confirmed =
    earliest !== undefined &&
    (await confirmOptOutRequests({
      phone: parsed.e164,
      sourceCallId: earliest.callId,
      reason: optOutListingReason(earliest.evidence),
      actor,
      now: clock.now(),
    }));
  if (!confirmed) throw notFound(`An opt-out of ${parsed.e164} waiting for review`);
  return { phone: parsed.e164, source_call_id: earliest.callId };
}
