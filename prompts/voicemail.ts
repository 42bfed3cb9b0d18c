// The short message an agent may leave on a business's voicemail. Callback-free on purpose: it gives no number and
// asks for no call back (CallPilot cannot take one), and it names no client details, only who is calling and why.
import type { CallLanguage } from "@/lib/providers/provider-language";
import { spokenLines } from "./languages/spoken-lines";

/** ElevenLabs dynamic variables ({{business_name}}, {{service}}) are filled in by the vendor for each call. */
export const voicemailMessageTemplate = spokenLines("en").voicemail;

/** The voicemail message in the call's language. */
export function voicemailTemplateIn(language: CallLanguage = "en"): string {
  return spokenLines(language).voicemail;
}
