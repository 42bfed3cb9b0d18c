// The agent's opening sentence on every provider call, shared by every dialer so the business hears the same thing.
// It always starts with the disclosure (prompts/disclosure.ts): who is calling (an AI assistant), for whom, and
// whether the call may be recorded. It is a template over the call's variables (call-variables.ts): ElevenLabs
// fills it from dynamic variables, the simulation through renderFirstMessage.
import type { CallBrief } from "@/lib/calls/call-brief";
import { callVariables } from "./call-variables";
import { fillTemplate } from "./fill-template";
import { disclosureTemplate } from "./disclosure";

/** The opening line with {{placeholders}}; which sentence depends only on facts CallPilot chose, never on typed text. */
export function firstMessageTemplate(
  brief: Pick<CallBrief, "purpose" | "partySize" | "targetSlotText" | "recorded" | "newWindowText">,
): string {
  const party = brief.partySize ? " for {{party_size}}" : "";
  const disclosure = disclosureTemplate(brief.recorded);
  if (brief.purpose === "release" && brief.targetSlotText) {
    return `Hi — ${disclosure} You kindly held {{target_slot}} for {{client_name}}. They have booked elsewhere, so please release it. Thank you, goodbye!`;
  }
  // Who it calls for and which appointment (date, time, name), right after the disclosure.
  if (brief.purpose === "cancellation" && brief.targetSlotText) {
    return `Hi — ${disclosure} {{client_name}} has {{service}}${party} with you on {{target_slot}} and can't make it. Could you cancel that appointment, please?`;
  }
  if (brief.purpose === "reschedule" && brief.targetSlotText && brief.newWindowText) {
    return `Hi — ${disclosure} {{client_name}} has {{service}}${party} with you on {{target_slot}} and needs to move it. They're free {{new_window}} — would you have anything then?`;
  }
  if (brief.purpose === "confirmation" && brief.targetSlotText) {
    return `Hi — ${disclosure} I'm calling {{business_name}} to confirm {{service}}${party} on {{target_slot}}. Is that still available to book?`;
  }
  return `Hi — ${disclosure} I'd like to book {{service}}${party} with {{business_name}}. They're available {{availability}}. Could I book that with you?`;
}

export function renderFirstMessage(brief: CallBrief, now: Date = new Date()): string {
  return fillTemplate(firstMessageTemplate(brief), { ...callVariables(brief, now) });
}
