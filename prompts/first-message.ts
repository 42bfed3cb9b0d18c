// The agent's opening sentence on every provider call, shared by every dialer so the business hears the same thing.
// It is a template over the call's variables (call-variables.ts): ElevenLabs fills it from dynamic variables, the
// simulation through renderFirstMessage.
import type { CallBrief } from "@/lib/calls/call-brief";
import { callVariables, fillTemplate } from "./call-variables";

/** The opening line with {{placeholders}}; which sentence depends only on facts CallPilot chose, never on typed text. */
export function firstMessageTemplate(
  brief: Pick<CallBrief, "purpose" | "partySize" | "targetSlotText">,
): string {
  const party = brief.partySize ? " for {{party_size}}" : "";
  if (brief.purpose === "confirmation" && brief.targetSlotText) {
    return `Hi — I'm calling {{business_name}} on behalf of {{client_name}} to confirm {{service}}${party} on {{target_slot}}. Is that still available to book?`;
  }
  return `Hi — I'm calling {{business_name}} on behalf of {{client_name}} to book {{service}}${party}. They're available {{availability}}. Could I book that with you?`;
}

export function renderFirstMessage(brief: CallBrief, now: Date = new Date()): string {
  return fillTemplate(firstMessageTemplate(brief), { ...callVariables(brief, now) });
}
