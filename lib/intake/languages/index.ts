// The languages the offline intake reads and answers in: which one a message is in, and its words rewritten to the
// canonical (English) phrasings the field readers know, so one pipeline serves every language.
import { serviceTypes, type Language } from "../booking-request";
import { german } from "./de";
import { english } from "./en";
import { spanish } from "./es";
import { french } from "./fr";
import type { ReplyWords, Vocabulary } from "./vocabulary";

const vocabularies: Record<Language, Vocabulary> = { en: english, es: spanish, fr: french, de: german };

const markerSets = Object.values(vocabularies).map((vocabulary) => ({
  language: vocabulary.language,
  markers: new Set(vocabulary.markers),
}));

// Letters only one of the languages writes; each counts like a marker word.
const letterHints: [Language, RegExp][] = [
  ["es", /[ñ¿¡]/gu],
  ["de", /[ßäöü]/gu],
  ["fr", /[çèêëàùœ]/gu],
];

/**
 * The language `text` is written in, or `previous` when the message does not say clearly ("Savannah", "4", "ok"):
 * a language wins only with more marker words than every other, so a task's language is sticky across turns.
 */
export function detectLanguage(text: string, previous: Language): Language {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const words = lower.split(/[^\p{L}'-]+/u).filter(Boolean);
  const scores = markerSets.map(({ language, markers }) => {
    const hints = letterHints.find(([hinted]) => hinted === language)?.[1];
    const letters = hints ? (lower.match(hints)?.length ?? 0) : 0;
    return { language, score: words.filter((word) => markers.has(word)).length + letters };
  });
  const best = Math.max(...scores.map((entry) => entry.score));
  if (best === 0) return previous;
  const leaders = scores.filter((entry) => entry.score === best).map((entry) => entry.language);
  if (leaders.includes(previous)) return previous;
  return leaders.length === 1 ? leaders[0] : previous;
}

/** `text` with the language's phrasings rewritten to the canonical ones; English text is returned as it is. */
export function canonicalise(text: string, language: Language): string {
  let canonical = text.replace(/’/g, "'");
  for (const [pattern, replacement] of vocabularies[language].rewrites) {
    canonical = canonical.replace(pattern, (match: string, ...rest: unknown[]) => {
      // Alternatives each have their own groups: "$1" is the first group that took part in the match.
      const groups = rest.slice(0, -2).filter((group): group is string => typeof group === "string");
      return typeof replacement === "string"
        ? replacement.replace(/\$(\d)/g, (_, index: string) => groups[Number(index) - 1] ?? "")
        : replacement(match, ...groups);
    });
  }
  return canonical;
}

export function replyWords(language: Language): ReplyWords {
  return vocabularies[language].replies;
}

/** "dentists, doctors, hair salons, ... and restaurants": everything CallPilot can call, in `language`. */
export function supportedServicesSentence(language: Language = "en"): string {
  const { servicePlurals, and } = replyWords(language);
  const plurals = serviceTypes.map((type) => servicePlurals[type]);
  return `${plurals.slice(0, -1).join(", ")} ${and} ${plurals[plurals.length - 1]}`;
}

/** Small words of every language that never name a place ("la", "der", "du"). */
export const placeStopWords: ReadonlySet<string> = new Set(
  Object.values(vocabularies).flatMap((vocabulary) => vocabulary.stopWords),
);
