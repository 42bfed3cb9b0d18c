// The agent's opening sentence on every provider call, shared by every dialer so the business hears the same thing.
import type { CallBrief } from "@/lib/calls/call-brief";

export function renderFirstMessage(brief: CallBrief): string {
  const party = brief.partySize ? ` for ${brief.partySize}` : "";
  if (brief.purpose === "confirmation" && brief.targetSlotText) {
    return `Hi — I'm calling ${brief.business.name} on behalf of ${brief.clientName} to confirm a ${brief.serviceLabel}${party} on ${brief.targetSlotText}. Is that still available to book?`;
  }
  return `Hi — I'm calling ${brief.business.name} on behalf of ${brief.clientName} to book a ${brief.serviceLabel}${party}. They're available ${brief.windowsText}. Could I book that with you?`;
}
