// The fixed sentences every dialer says, in each language CallPilot calls in (issue 17): the AI disclosure, the
// opening line per call purpose, the hand-over, voicemail and opt-out lines, what is being booked, and how dates
// are written. Templates over the call's {{variables}} (prompts/call-variables.ts), so ElevenLabs can fill them too.
import type { SpokenLines } from "./spoken-lines-shape";
import type { CallLanguage } from "@/lib/providers/provider-language";
import { english } from "./english";
import { french } from "./french";
import { german } from "./german";
import { spanish } from "./spanish";

const lines: Record<CallLanguage, SpokenLines> = { en: english, fr: french, de: german, es: spanish };

export function spokenLines(language: CallLanguage = "en"): SpokenLines {
  return lines[language];
}

export type { SpokenLines };
