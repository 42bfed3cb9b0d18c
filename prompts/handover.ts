// What the agent says when a business insists on speaking with the person (issue 16): one wording for the
// simulation, Twilio's scripted turns and ElevenLabs' prompt, so every dialer says the same thing, in the call's
// language (languages/).
import type { CallLanguage } from "@/lib/providers/provider-language";
import { fillTemplate } from "./fill-template";
import { spokenLines } from "./languages/spoken-lines";

/** Said right before the call is transferred to the person's verified phone. */
export function handoverTransferLine(personName: string, language: CallLanguage = "en"): string {
  return fillTemplate(spokenLines(language).handoverTransfer, { client_name: personName });
}

/** Said instead when a hand-over is not allowed (no consent, outside the person's hours, no verified phone). */
export function handoverCallBackLine(personName: string, language: CallLanguage = "en"): string {
  return fillTemplate(spokenLines(language).handoverCallBack, { client_name: personName });
}

/** The templates with the {{client_name}} placeholder, for ElevenLabs' system prompt. */
export function handoverTemplates(language: CallLanguage = "en") {
  const lines = spokenLines(language);
  return { transfer: lines.handoverTransfer, callBack: lines.handoverCallBack };
}
