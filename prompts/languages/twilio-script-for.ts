// The scripted Twilio call in the call's language (issue 17).
import type { CallLanguage } from "@/lib/providers/provider-language";
import { twilioScript, type TwilioScript } from "../twilio-script";
import { twilioFrench } from "./twilio-french";
import { twilioGerman } from "./twilio-german";
import { twilioSpanish } from "./twilio-spanish";

const scripts: Record<CallLanguage, TwilioScript> = {
  en: twilioScript,
  fr: twilioFrench,
  de: twilioGerman,
  es: twilioSpanish,
};

export function twilioScriptFor(language: CallLanguage = "en"): TwilioScript {
  return scripts[language];
}
