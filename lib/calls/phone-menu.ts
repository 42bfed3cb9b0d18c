// Recognises a phone menu in what the business's line said ("for appointments, press 2", "press 3 for the front
// desk", "para pedir cita, pulse 1", "zur Terminvereinbarung drücken Sie die 2") and picks the key that reaches
// someone who can book: appointments or scheduling first, then reception or the front desk, then the operator. Each
// language's words are in phone-menu-words.ts. Vendor-neutral: the Twilio script presses the keys (TwiML Play
// digits), and the simulated agent uses it on the simulated receptionists' menus.
import type { CallLanguage } from "@/lib/providers/provider-language";
import { menuWords, type MenuWords } from "./phone-menu-words";

export interface MenuChoice {
  /** The key(s) to press, as Twilio's Play digits attribute takes them. */
  digits: string;
  /** The option the key leads to, as the menu named it ("appointments"). */
  option: string;
}

const boundary = /[.;,!?]/;

interface MenuReader {
  words: MenuWords;
  keyPress: RegExp;
  trailingPlease: RegExp;
  leadingPlease: RegExp;
}

/** Each language's key-press pattern, built once: "press 2", "pulse la tecla 2", "drücken Sie bitte die 2". */
const readers = Object.fromEntries(
  Object.entries(menuWords).map(([language, words]) => {
    const keys = [String.raw`\d`, ...Object.keys(words.digits)].join("|");
    const keyPress = new RegExp(
      String.raw`(?<![\p{L}\d])(?:${words.press})\s+${words.beforeKey}(${keys})(?![\p{L}\d])`,
      "gu",
    );
    const trailingPlease = new RegExp(String.raw`[\s,]*(?:${words.please}\s*)?$`, "u");
    const leadingPlease = new RegExp(String.raw`^${words.please}\s+`, "u");
    return [language, { words, keyPress, trailingPlease, leadingPlease }];
  }),
) as Record<CallLanguage, MenuReader>;

function rankOf(option: string, words: MenuWords): number | null {
  const rank = words.wanted.findIndex((wanted) => wanted.test(option));
  return rank === -1 ? null : rank;
}

/** The option a clause names, or null: the clause must start with "for", "to", "if you'd like to" (or theirs). */
function optionIn(clause: string, words: MenuWords): string | null {
  const option = clause.match(words.optionLead)?.[1].trim();
  return option ? option : null;
}

/**
 * Each key the menu offers with the option it leads to. A menu says either "press 2 for appointments" or "for
 * appointments, press 2"; its first key decides which, so "press 1 for billing press 2 for X" pairs each key with
 * what follows it, and "for billing press 1 for X press 2" with what precedes it.
 */
function menuOptions(text: string, reader: MenuReader): { digit: string; option: string; at: number }[] {
  const { words } = reader;
  const presses = [...text.matchAll(reader.keyPress)].map((match) => ({
    digit: words.digits[match[1]] ?? match[1],
    at: match.index,
    end: match.index + match[0].length,
  }));
  const paired = presses.map((press, i) => {
    const previousEnd = i > 0 ? presses[i - 1].end : 0;
    const nextAt = i + 1 < presses.length ? presses[i + 1].at : text.length;
    const beforeText = text.slice(previousEnd, press.at);
    // "For appointments, please press 2": the comma and "please" belong to the key's own clause.
    const beforeClause = beforeText.replace(reader.trailingPlease, "").split(boundary).at(-1) ?? "";
    const before = optionIn(beforeClause, words);
    const after = optionIn(text.slice(press.end, nextAt).split(boundary)[0], words);
    return { ...press, before, after };
  });
  const keyFirst = paired.length > 0 && paired[0].before === null;
  return paired.flatMap((press) => {
    const option = keyFirst ? (press.after ?? press.before) : (press.before ?? press.after);
    return option ? [{ digit: press.digit, option, at: press.at }] : [];
  });
}

/**
 * The key to press for the best option in a phone menu spoken in `language`; null when the speech is not a menu,
 * or offers nothing that leads to a booking or a person.
 */
export function phoneMenuChoice(speech: string, language: CallLanguage = "en"): MenuChoice | null {
  const reader = readers[language];
  const text = speech.toLowerCase().replace(/[“”"«»„]/g, " ");
  const options = menuOptions(text, reader);
  let best: { digit: string; option: string; rank: number; at: number } | null = null;
  for (const candidate of options) {
    const rank = rankOf(candidate.option, reader.words);
    if (rank === null) continue;
    if (!best || rank < best.rank || (rank === best.rank && candidate.at < best.at))
      best = { ...candidate, rank };
  }
  if (!best) return null;
  return {
    digits: best.digit,
    option: best.option.replace(reader.words.articles, "").replace(reader.leadingPlease, ""),
  };
}
