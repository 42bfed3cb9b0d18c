// Recognises a phone menu in what the business's line said ("for appointments, press 2", "press 3 for the front
// desk") and picks the key that reaches someone who can book: appointments or scheduling first, then reception or
// the front desk, then the operator. Vendor-neutral: the Twilio script presses the keys (TwiML Play digits), and
// the simulated agent uses it on the simulated receptionists' menus.

export interface MenuChoice {
  /** The key(s) to press, as Twilio's Play digits attribute takes them. */
  digits: string;
  /** The option the key leads to, as the menu named it ("appointments"). */
  option: string;
}

// Lower rank wins: an appointments option beats reception, which beats the operator.
const wantedOptions: { rank: number; words: RegExp }[] = [
  {
    rank: 0,
    words:
      /\b(appointments?|bookings?|book(?:ing)? an? (?:appointment|visit|table|service)|schedul(?:e|ing)|reservations?|new patients?)\b/,
  },
  { rank: 1, words: /\b(reception(?:ist)?|front desk|front office|the desk)\b/ },
  {
    rank: 2,
    words:
      /\b(operator|all other (?:enquiries|inquiries|questions)|anything else|a member of (?:our )?(?:staff|team)|someone|speak (?:to|with) (?:a|our) (?:person|staff|team))\b/,
  },
];

const spokenDigits: Record<string, string> = {
  zero: "0",
  oh: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  star: "*",
  pound: "#",
  hash: "#",
};
const pressVerb = String.raw`\b(?:press|dial|push|select|enter|choose)\b`;
const keyPress = new RegExp(
  String.raw`${pressVerb}\s+(?:the\s+)?(?:number\s+)?(\d|zero|one|two|three|four|five|six|seven|eight|nine|star|pound|hash)\b`,
  "g",
);
// An option names what a key leads to: "for appointments", "to book an appointment", "if you'd like to book".
const optionLead =
  /^\s*(?:and\s+|or\s+)?(?:for|to|if you (?:would like|want|wish) to|if you'd like to)\b(.*)$/;
const boundary = /[.;,!?]/;

function digitOf(word: string): string {
  return spokenDigits[word] ?? word;
}

function rankOf(option: string): number | null {
  for (const wanted of wantedOptions) if (wanted.words.test(option)) return wanted.rank;
  return null;
}

/** The option a clause names, or null: the clause must start with "for", "to" or "if you'd like to". */
function optionIn(clause: string): string | null {
  const option = clause.match(optionLead)?.[1].trim();
  return option ? option : null;
}

/**
 * Each key the menu offers with the option it leads to. A menu says either "press 2 for appointments" or "for
 * appointments, press 2"; its first key decides which, so "press 1 for billing press 2 for X" pairs each key with
 * what follows it, and "for billing press 1 for X press 2" with what precedes it.
 */
function menuOptions(text: string): { digit: string; option: string; at: number }[] {
  const presses = [...text.matchAll(keyPress)].map((match) => ({
    digit: digitOf(match[1]),
    at: match.index,
    end: match.index + match[0].length,
  }));
  const paired = presses.map((press, i) => {
    const previousEnd = i > 0 ? presses[i - 1].end : 0;
    const nextAt = i + 1 < presses.length ? presses[i + 1].at : text.length;
    const beforeText = text.slice(previousEnd, press.at);
    // "For appointments, please press 2": the comma and "please" belong to the key's own clause.
    const beforeClause =
      beforeText
        .replace(/[\s,]*(?:please\s*)?$/, "")
        .split(boundary)
        .at(-1) ?? "";
    const before = optionIn(beforeClause);
    const after = optionIn(text.slice(press.end, nextAt).split(boundary)[0]);
    return { ...press, before, after };
  });
  const keyFirst = paired.length > 0 && paired[0].before === null;
  return paired.flatMap((press) => {
    const option = keyFirst ? (press.after ?? press.before) : (press.before ?? press.after);
    return option ? [{ digit: press.digit, option, at: press.at }] : [];
  });
}

/**
 * The key to press for the best option in a phone menu; null when the speech is not a menu, or offers nothing
 * that leads to a booking or a person.
 */
export function phoneMenuChoice(speech: string): MenuChoice | null {
  const text = speech.toLowerCase().replace(/[“”"]/g, " ");
  const options = menuOptions(text);
  let best: { digit: string; option: string; rank: number; at: number } | null = null;
  for (const candidate of options) {
    const rank = rankOf(candidate.option);
    if (rank === null) continue;
    if (!best || rank < best.rank || (rank === best.rank && candidate.at < best.at))
      best = { ...candidate, rank };
  }
  if (!best) return null;
  return { digits: best.digit, option: best.option.replace(/^(?:the|our)\s+/, "").replace(/^please\s+/, "") };
}
