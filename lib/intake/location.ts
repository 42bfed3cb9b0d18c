// Picks the place a person wants the business in out of what they wrote ("in Cambridge MA", "near downtown Chicago"),
// and judges whether a short bare answer ("Boston") reads as a place.
import { placeStopWords } from "./languages";

// Words that introduce a place, including corrections ("actually make it Boston").
const prepositions =
  /\b(?:in|near|around|close to|nearby|outside|make it|change it to|change to|switch to|move it to|how about|what about)\s+/gi;

// Lower-case words that may open a place name: "downtown Chicago", "the Bronx".
const placeModifiers = new Set([
  "downtown",
  "uptown",
  "midtown",
  "central",
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "greater",
  "inner",
]);

// Words that end a place name or show the words after the preposition were not one ("in the morning").
const notPlaceWords = new Set(
  (
    "today tomorrow tonight next this last on for at by before after around near from between in during until till " +
    "please pls and or but with without so because if who that which where when while i i'm im my we it it's its to " +
    "is are was be would could can should will me us them you your our their a an also too then instead thanks thank " +
    "ok okay yes no not sometime asap soon morning mornings afternoon afternoons evening evenings night nights noon " +
    "midday lunch lunchtime dinner brunch breakfast week weeks weekend weekends month months day days hour hours time " +
    "person pain general total advance particular case order need hurry mind bit while town touch " +
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun " +
    "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec preferably ideally possible people guests of " +
    "christmas xmas thanksgiving easter halloween sooner later earlier quick quicker cheaper shorter longer both either " +
    "one two three four five six seven eight nine ten eleven twelve couple few dozen actually sorry wait oops nope rather"
  ).split(" "),
);

const abbreviations = new Set(["st.", "mt.", "ft.", "pt."]);

const usStates = new Set(
  (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR " +
    "PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
  ).split(" "),
);
// State codes that are also everyday words; in an all-lower-case message they are read as words.
const wordLikeStates = new Set([
  "HI",
  "ME",
  "OR",
  "IN",
  "OK",
  "OH",
  "DE",
  "LA",
  "PA",
  "MA",
  "AL",
  "CO",
  "ID",
  "MO",
]);
const countries = new Set([
  "UK",
  "US",
  "USA",
  "England",
  "Scotland",
  "Wales",
  "Ireland",
  "Canada",
  "Australia",
]);

/** The last place introduced by "in", "near", "around"... in `text`, as the person wrote it; null when none. */
export function extractLocation(text: string): string | null {
  const lowerCaseOnly = text === text.toLowerCase();
  let found: string | null = null;
  for (const match of text.matchAll(prepositions)) {
    const place = readPlace(text.slice(match.index + match[0].length), lowerCaseOnly);
    if (place) found = place;
  }
  return found;
}

/** A short answer that is nothing but a place ("Boston", "Cambridge, MA please"), tidied; null otherwise. */
export function readBarePlace(text: string): string | null {
  const trimmed = text
    .trim()
    .replace(/^(?:(?:um+|uh+|oh|so|well|it's|its|it is|that's|thats)[,\s]+)+/i, "")
    .replace(/[\s,]*(?:please|pls|thanks|thank you|then|instead|i think)?[.!?\s]*$/i, "");
  if (trimmed === "" || trimmed.split(/\s+/).length > 5) return null;
  if (!/^[\p{L}][\p{L}.,'’\- ]*$/u.test(trimmed)) return null;
  const place = readPlace(trimmed, trimmed === trimmed.toLowerCase());
  return place !== null && place.replace(/,/g, "").length === trimmed.replace(/,/g, "").length ? place : null;
}

function readPlace(rest: string, lowerCaseOnly: boolean): string | null {
  const tokens = rest.split(/\s+/).filter(Boolean).slice(0, 6);
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const raw = tokens[i];
    const endsClause = /[.,;:!?)]$/.test(raw) && !abbreviations.has(raw.toLowerCase());
    const word = endsClause ? raw.replace(/[.,;:!?)]+$/, "") : raw;
    if (!isPlaceWord(word, words.length, lowerCaseOnly, tokens[i + 1])) break;
    words.push(word);
    if (endsClause) {
      // "Cambridge, MA" and "London, UK" carry on past the comma; anything else ends the place.
      const next = tokens[i + 1]?.replace(/[.,;:!?]+$/, "");
      if (raw.endsWith(",") && next && (isStateCode(next, lowerCaseOnly) || countries.has(next))) {
        words[words.length - 1] = `${word},`;
        continue;
      }
      break;
    }
  }
  while (words.length > 0 && placeModifiers.has(words[words.length - 1].toLowerCase())) words.pop();
  if (words.length === 0) return null;
  const place = words.join(" ");
  return lowerCaseOnly ? titleCase(place) : place;
}

function isPlaceWord(
  word: string,
  position: number,
  lowerCaseOnly: boolean,
  next: string | undefined,
): boolean {
  if (!/^[\p{L}][\p{L}.'’\-]*$/u.test(word)) return false;
  const lower = word.toLowerCase();
  // "Portland OR", "Gary IN": a capitalised state code after a place is part of it, though "or" and "in" are words.
  if (position > 0 && !lowerCaseOnly && word !== "OK" && isStateCode(word, false)) return true;
  if (position === 0 && lower === "the") return !lowerCaseOnly && next !== undefined && /^\p{Lu}/u.test(next);
  if (notPlaceWords.has(lower) || placeStopWords.has(lower)) return false;
  if (lowerCaseOnly) return true;
  if (position === 0 && placeModifiers.has(lower)) return true;
  return /^\p{Lu}/u.test(word) || (position > 0 && placeModifiers.has(lower));
}

function isStateCode(word: string, lowerCaseOnly: boolean): boolean {
  const upper = word.toUpperCase();
  if (!usStates.has(upper)) return false;
  return lowerCaseOnly ? !wordLikeStates.has(upper) : word === upper;
}

/** "cambridge ma" → "Cambridge MA": people often type in lower case, businesses are named in title case. */
function titleCase(place: string): string {
  const words = place.split(" ");
  return words
    .map((word, index) => {
      const bare = word.replace(/,$/, "");
      if (index > 0 && index === words.length - 1 && usStates.has(bare.toUpperCase()) && bare.length === 2) {
        return word.toUpperCase();
      }
      if (placeModifiers.has(bare)) return word;
      return word.replace(
        /(^|[\s\-'’.])(\p{L})/gu,
        (_, lead: string, letter: string) => lead + letter.toUpperCase(),
      );
    })
    .join(" ");
}
