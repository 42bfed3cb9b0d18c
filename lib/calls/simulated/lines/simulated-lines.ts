// What the simulated receptionists and the simulated agent say, in each language CallPilot calls in (issue 17), so
// a call to a business in Paris, Berlin or Madrid runs in that business's language from the first word to the last.
// The agent's fixed sentences (disclosure, opening line, hand-over, opt-out) come from prompts/, like every dialer's.
import type { PartOfDay, SimulatedLines } from "./simulated-lines-shape";
import type { CallLanguage } from "@/lib/providers/provider-language";
import { simulatedEnglish } from "./simulated-english";
import { simulatedFrench } from "./simulated-french";
import { simulatedGerman } from "./simulated-german";
import { simulatedSpanish } from "./simulated-spanish";

const byLanguage: Record<CallLanguage, SimulatedLines> = {
  en: simulatedEnglish,
  fr: simulatedFrench,
  de: simulatedGerman,
  es: simulatedSpanish,
};

export function simulatedLines(language: CallLanguage = "en"): SimulatedLines {
  return byLanguage[language];
}

export type { PartOfDay, SimulatedLines };
