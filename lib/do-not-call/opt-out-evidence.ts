// Whether a business itself asked, in its own words, not to be called again: the one test an opt-out must pass
// before its number is kept from being dialed. An agent's report alone never is enough, since the agent reads the
// person's notes and can be talked into claiming anything; only what the business said on the line counts.

/**
 * The phrase families that ask not to be called, on speech already lower-cased with hyphens and curly apostrophes
 * made plain: "take us off your list", "remove this number from your calling list", "don't call us again",
 * "stop calling", "put us on your do not call list", "we don't accept automated calls", "no robocalls".
 */
const optOutPhraseFamilies = [
  String.raw`take (?:us|me|this number|our number) off (?:your|the) (?:list|calling list|call list)`,
  String.raw`remove (?:us|me|this number|our number) from (?:your|the) (?:list|calling list|call list)`,
  String.raw`(?:don't|do not|never|stop) (?:ever )?call(?:ing)? (?:us|me|here|this number|again)`,
  String.raw`stop calling`,
  String.raw`put (?:us|me|this number|our number) on (?:your|the) do not call list`,
  String.raw`(?:don't|do not|won't|will not) (?:accept|take|do|answer) (?:automated|robot|robo|ai|computer) ?(?:calls?|callers?)`,
  String.raw`no (?:automated|robot|robo|ai) ?calls?`,
];
const optOutPhrases = new RegExp(String.raw`\b(?:${optOutPhraseFamilies.join("|")})\b`);

function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/(\w)-(?=\w)/g, "$1 ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether these words ask not to be called again. */
export function asksNotToBeCalled(text: string): boolean {
  return optOutPhrases.test(plain(text));
}

/** A line of a call's transcript, as every dialer records it. */
export interface SpokenLine {
  role: string;
  text: string;
}

const maxEvidenceLength = 500;

/**
 * The business's first line on the call that asks not to be called again, as it was said (the evidence kept with
 * the opt-out); null when the business never said so. Lines of the agent or the system never count.
 */
export function findOptOutEvidence(lines: readonly SpokenLine[]): string | null {
  const line = lines.find((candidate) => candidate.role === "business" && asksNotToBeCalled(candidate.text));
  return line ? line.text.trim().slice(0, maxEvidenceLength) : null;
}
