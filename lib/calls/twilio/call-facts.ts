// What the scripted call knows about itself: the call brief in the business's zone, the spoken forms of the
// client's availability and the chosen slot, the language and voice to speak with. None of it changes during the call.
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { getBooking } from "@/db/bookings";
import type { Call } from "@/db/calls";
import { getProvider } from "@/db/providers";
import { sentenceTime, type SentenceTime } from "@/lib/sentences/sentence";
import { spokenLines } from "@/prompts/languages/spoken-lines";
import type { ScriptContext } from "@/prompts/twilio-script";
import { buildCallBrief, callLanguageOf, type CallBrief } from "../call-brief";
import { spokenAvailability, spokenSlot } from "./spoken-time";
import { voiceFor, type Voice } from "./twiml";

export interface CallFacts {
  callId: string;
  brief: CallBrief;
  script: ScriptContext;
  timeZone: string;
  voice: Voice;
  /** The slot a confirmation call must book (or the appointment a change call is about), spoken. */
  chosenSlot: string | null;
  /** The same slot for the call's summary, worded in each reader's language (lib/sentences). */
  chosenTime: SentenceTime | null;
}

/** The facts from the brief the dispatcher built to dial the call; the voice follows the business's country. */
export function callFactsFromBrief(brief: CallBrief, country?: string): CallFacts {
  const timeZone = brief.business.timeZone;
  const place =
    country ?? brief.business.country ?? parsePhoneNumberFromString(brief.business.phone)?.country ?? "US";
  const language = callLanguageOf(brief);
  return {
    callId: brief.callId,
    brief,
    timeZone,
    voice: voiceFor(place, language),
    chosenSlot: brief.targetSlot ? spokenSlot(new Date(brief.targetSlot.start), timeZone, language) : null,
    chosenTime: brief.targetSlot ? sentenceTime(brief.targetSlot.start, timeZone) : null,
    script: {
      businessName: brief.business.name,
      personName: brief.personName,
      booking: spokenLines(language).services[brief.serviceType],
      partySize: brief.partySize,
      availability: spokenAvailability(brief.window, brief.timeOfDay, timeZone, language),
      recorded: brief.recorded,
      language,
    },
  };
}

/** The same facts rebuilt from the database (a webhook reaching an instance that did not dial the call). */
export async function loadCallFacts(call: Call): Promise<CallFacts> {
  const [booking, provider] = await Promise.all([getBooking(call.bookingId), getProvider(call.providerId)]);
  if (!booking || !provider) throw new Error("the call's booking or business is gone");
  return callFactsFromBrief(buildCallBrief(booking, call, provider), provider.country);
}
