// What every call says first, whichever dialer places it: that an AI assistant is calling, for whom, and (when
// CALL_RECORDING is on) that the call may be recorded; and its last words when the business asks not to be called. One wording, used by the simulated calls, ElevenLabs' first
// message and Twilio's scripted greeting, in the business's language (languages/). It is fixed text around the
// client's name; nothing a person types (their notes, a name with instructions in it) can remove or reword it.
import type { CallLanguage } from "@/lib/providers/provider-language";
import { fillTemplate } from "./fill-template";
import { spokenLines } from "./languages/spoken-lines";

export const recordingNotice = spokenLines("en").recordingNotice;

/** What the agent says, and nothing more, when the business asks not to be called again; then it hangs up. */
export const optOutApology = spokenLines("en").optOutApology;

/** The opt-out apology in the call's language. */
export function optOutApologyIn(language: CallLanguage = "en"): string {
  return spokenLines(language).optOutApology;
}

/** The disclosure with the client's name as a {{client_name}} placeholder (ElevenLabs fills it per call). */
export function disclosureTemplate(recorded: boolean, language: CallLanguage = "en"): string {
  const lines = spokenLines(language);
  return `${lines.disclosure}${recorded ? ` ${lines.recordingNotice}` : ""}`;
}

export function renderDisclosure(
  personName: string,
  recorded: boolean,
  language: CallLanguage = "en",
): string {
  return fillTemplate(disclosureTemplate(recorded, language), { client_name: personName });
}

const maxSpokenNameLength = 60;

/**
 * The client's name as an agent may say it: letters (any script), spaces, hyphens, apostrophes and full stops, at
 * most 60 characters. Anything else a person typed into the name (punctuation that starts a new sentence for the
 * agent, digits, markup) is dropped; an empty result falls back to "my client" in the call's language.
 */
export function spokenPersonName(name: string | null | undefined, language: CallLanguage = "en"): string {
  const cleaned = (name ?? "")
    .normalize("NFC")
    .replace(/[^\p{L}\p{M}' .-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, maxSpokenNameLength)
    .trim();
  return /\p{L}/u.test(cleaned) ? cleaned : unnamedPerson[language];
}

// Said where the name would be. German declines it: its lines put the name only where it is the subject ("mein
// Kunde hat Zeit", "weil mein Kunde mich darum gebeten hat"), which prompts/call-languages.test.ts checks.
const unnamedPerson: Record<CallLanguage, string> = {
  en: "my client",
  es: "mi cliente",
  fr: "mon client",
  de: "mein Kunde",
};
