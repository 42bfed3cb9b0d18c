// What the agent says when a business insists on speaking with the person (issue 16): one wording for the
// simulation, Twilio's scripted turns and ElevenLabs' prompt, so every dialer says the same thing.
import { fillTemplate } from "./fill-template";

const transferTemplate =
  "Of course — I'll put you through to {{client_name}} now. Please stay on the line while I connect you.";
const callBackTemplate =
  "I'm not able to put you through right now, but {{client_name}} will call you back on this number. Thank you!";

/** Said right before the call is transferred to the person's verified phone. */
export function handoverTransferLine(personName: string): string {
  return fillTemplate(transferTemplate, { client_name: personName });
}

/** Said instead when a hand-over is not allowed (no consent, outside the person's hours, no verified phone). */
export function handoverCallBackLine(personName: string): string {
  return fillTemplate(callBackTemplate, { client_name: personName });
}

/** The templates with the {{client_name}} placeholder, for ElevenLabs' system prompt. */
export const handoverTemplates = { transfer: transferTemplate, callBack: callBackTemplate };
