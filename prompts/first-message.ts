// The agent's opening sentence on every provider call, shared by every dialer so the business hears the same thing.
// It always starts with the disclosure (prompts/disclosure.ts): who is calling (an AI assistant), for whom, and
// whether the call may be recorded, in the business's language (languages/). It is a template over the call's
// variables (call-variables.ts): ElevenLabs fills it from dynamic variables, the simulation through renderFirstMessage.
import type { CallBrief } from "@/lib/calls/call-brief";
import { callVariables } from "./call-variables";
import { fillTemplate } from "./fill-template";
import { disclosureTemplate } from "./disclosure";
import { spokenLines } from "./languages/spoken-lines";

/** The opening line with {{placeholders}}; which sentence depends only on facts CallPilot chose, never on typed text. */
export function firstMessageTemplate(
  brief: Pick<
    CallBrief,
    "purpose" | "partySize" | "targetSlotText" | "recorded" | "newWindowText" | "language"
  >,
): string {
  const lines = spokenLines(brief.language);
  const party = brief.partySize ? lines.partyFor : "";
  const opening = `${lines.hello} ${disclosureTemplate(brief.recorded, brief.language)}`;
  if (brief.purpose === "release" && brief.targetSlotText) {
    return `${opening} ${lines.opening.release(party)}`;
  }
  // Who it calls for and which appointment (date, time, name), right after the disclosure.
  if (brief.purpose === "cancellation" && brief.targetSlotText) {
    return `${opening} ${lines.opening.cancellation(party)}`;
  }
  if (brief.purpose === "reschedule" && brief.targetSlotText && brief.newWindowText) {
    return `${opening} ${lines.opening.reschedule(party)}`;
  }
  if (brief.purpose === "confirmation" && brief.targetSlotText) {
    return `${opening} ${lines.opening.confirmation(party)}`;
  }
  return `${opening} ${lines.opening.inquiry(party)}`;
}

export function renderFirstMessage(brief: CallBrief, now: Date = new Date()): string {
  return fillTemplate(firstMessageTemplate(brief), { ...callVariables(brief, now) });
}
