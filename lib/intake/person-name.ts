// Reads the name a person wants the booking under ("my name is Sam Lee", "book it under Alex Kim", "I'm Priya").

// Phrases that can only introduce a name: the words after them are a name even when typed in lower case.
const explicitIntroductions = [
  /\bmy name(?:'s| is)\s+/i,
  /\b(?:the )?name(?:'s| is)\s+/i,
  /\b(?:book|put|reserve|make)(?: it| that| this| the \w+)? (?:under|for)(?: the name)?\s+(?=\S*\p{Lu}|[a-z]+$)/iu,
  /\bunder the name(?: of)?\s+/i,
  /\bcall me\s+/i,
];
// Phrases that introduce a name only when a capitalised word follows: "I'm Sam" but not "I'm free".
const casualIntroductions = [/\b(?:i'm|i am|im|this is|it's for|it is for)\s+/gi];

const notNames = new Set(
  (
    "looking free available flexible here not just also still happy fine good okay ok new back done ready busy so " +
    "very really sorry hoping trying going calling interested planning thinking in at on from near a an the urgent " +
    "based moving visiting sick after before around about afraid sure glad sorry unsure open " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december today tomorrow me it this that when if back later asap yes no yeah yep " +
    "nope thanks thank great perfect cool alright"
  ).split(" "),
);
const nameEnders = new Set(
  "and or but in at on for from with please thanks by to who i i'm my we need want would next this".split(
    " ",
  ),
);

/** The name to book under, tidied to title case, or null. */
export function extractPersonName(text: string): string | null {
  const normalised = text.replace(/’/g, "'");
  for (const introduction of explicitIntroductions) {
    const match = introduction.exec(normalised);
    if (!match) continue;
    const name = readName(normalised.slice(match.index + match[0].length), false);
    if (name) return name;
  }
  for (const introduction of casualIntroductions) {
    for (const match of normalised.matchAll(introduction)) {
      const name = readName(normalised.slice(match.index + match[0].length), true);
      if (name) return name;
    }
  }
  return null;
}

/** A short answer that is nothing but a name ("Sam Lee"), for when the assistant has just asked for one. */
export function readBareName(text: string): string | null {
  const trimmed = text
    .trim()
    .replace(/[.!?\s]+$/, "")
    .replace(/^(?:it's|its|it is|that's|use|under)\s+/i, "");
  const name = readName(trimmed, false);
  return name !== null && name.length === trimmed.replace(/\s+/g, " ").length ? name : null;
}

function readName(rest: string, mustBeCapitalised: boolean): string | null {
  const words: string[] = [];
  for (const raw of rest.split(/\s+/).filter(Boolean).slice(0, 4)) {
    const word = raw.replace(/[.,;:!?)]+$/, "");
    const lower = word.toLowerCase();
    if (!/^\p{L}[\p{L}'\-]*$/u.test(word) || nameEnders.has(lower)) break;
    if (words.length === 0 && notNames.has(lower)) return null;
    if (mustBeCapitalised && !/^\p{Lu}/u.test(word)) break;
    words.push(word);
    if (word !== raw || words.length === 3) break;
  }
  if (words.length === 0) return null;
  return words.map((word) => (word === word.toLowerCase() ? capitalise(word) : word)).join(" ");
}

function capitalise(word: string): string {
  return word.replace(/(^|[-'])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}
