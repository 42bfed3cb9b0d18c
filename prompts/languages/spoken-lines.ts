// The fixed sentences every dialer says, in each language CallPilot calls in (issue 17): the AI disclosure, the
// opening line per call purpose, the hand-over, voicemail and opt-out lines, what is being booked, and how dates
// are written. Templates over the call's {{variables}} (prompts/call-variables.ts), so ElevenLabs can fill them too.
import type { ServiceType } from "@/lib/intake/booking-request";
import type { CallLanguage } from "@/lib/providers/provider-language";
import { english } from "./english";
import { french } from "./french";
import { german } from "./german";
import { spanish } from "./spanish";

export interface SpokenLines {
  /** Opens every first message, before the disclosure: "Hi —". */
  hello: string;
  /** "I'm an AI assistant calling on behalf of {{client_name}}." */
  disclosure: string;
  recordingNotice: string;
  /** Said word for word whenever anyone asks whether they are talking to a person, a robot or an AI. */
  aiAnswer: string;
  optOutApology: string;
  handoverTransfer: string;
  handoverCallBack: string;
  /** Left on a business's voicemail; gives no number and names no client details. */
  voicemail: string;
  /** The opening line after the disclosure, per purpose; `party` is partyFor filled in, or "". */
  opening: Record<
    "release" | "cancellation" | "reschedule" | "confirmation" | "inquiry",
    (party: string) => string
  >;
  /** " for {{party_size}}" */
  partyFor: string;
  /** What is being booked, with its article, as said aloud: "a dentist appointment". */
  services: Record<ServiceType, string>;
  /** Luxon formats in this language: a day ("Mon 30 Nov") and a slot ("Monday 30 November at 09:00"). */
  dayFormat: string;
  slotFormat: string;
  /** Availability without a window: "any time soon". */
  anyTimeSoon: string;
}

const lines: Record<CallLanguage, SpokenLines> = { en: english, fr: french, de: german, es: spanish };

export function spokenLines(language: CallLanguage = "en"): SpokenLines {
  return lines[language];
}
