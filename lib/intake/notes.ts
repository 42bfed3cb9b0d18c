// Keeps the details a business should hear beyond the booking fields (insurance, access needs, a pet's name,
// allergies, "note: ..."), appended across turns without repeats.

const pets = "dog|cat|puppy|kitten|pet|rabbit|bunny|parrot|hamster";
const maxNotesLength = 1000;

// Whole clauses worth passing on when they mention one of these.
const clauseTriggers = [
  /\b(?:insurance|insured|insurer|medicaid|medicare|nhs|bupa|aetna|cigna|blue cross|delta dental|co-?pay)\b/i,
  /\b(?:wheelchair|accessible|accessibility|step-free|ramp|mobility|walker|deaf|hard of hearing|blind|interpreter|sign language)\b/i,
  /\b(?:allerg\w*|vegan|vegetarian|gluten|coeliac|celiac|halal|kosher|nut-free|dairy-free)\b/i,
  /\b(?:high ?chair|booster seat|stroller|pram|buggy)\b/i,
  /\b(?:birthday|anniversary|celebrating|celebration)\b/i,
  /\b(?:new patient|existing patient|first (?:visit|time|appointment)|nervous|anxious|in pain|emergency)\b/i,
  /\b(?:window seat|outdoor seating|outside seating|patio|terrace|booth|quiet table)\b/i,
];

// Phrases about a pet, taken on their own: "it's for my cat Milo", "my dog needs shots".
const petPhrases = [
  new RegExp(
    `\\b(?:it's|it is|this is|that's) for (?:my|our) (?:${pets})s?\\b(?: (?:called |named )?\\p{Lu}\\p{L}+)?`,
    "iu",
  ),
  new RegExp(`\\bfor (?:my|our) (?:${pets}) (?:called |named )?\\p{Lu}\\p{L}+`, "u"),
  new RegExp(
    `\\b(?:my|our) (?:${pets})(?: \\p{Lu}\\p{L}+)? (?:needs?|has|is|keeps|hasn't|won't)\\b[^,.;!?]*`,
    "iu",
  ),
];

const explicitNote = /\b(?:notes?|fyi|p\.?s\.?)\s*[:\-]\s*(.+)$|\bplease note(?: that)?\s+(.+)$/is;

/** The notes said in `text`, each a short sentence without a trailing full stop. */
export function extractNotes(text: string): string[] {
  const normalised = text.replace(/’/g, "'");
  const explicit = explicitNote.exec(normalised);
  const before = explicit ? normalised.slice(0, explicit.index) : normalised;
  const notes: string[] = [];
  for (const clause of before.split(/[.;!?\n]+|,\s*|\s+-\s+/)) {
    const pet = petPhrases.map((pattern) => pattern.exec(clause)?.[0]).find(Boolean);
    if (pet) notes.push(tidy(pet));
    else if (clauseTriggers.some((trigger) => trigger.test(clause))) notes.push(tidy(clause));
  }
  if (explicit) notes.push(tidy(explicit[1] ?? explicit[2]));
  return notes.filter((note) => note.length > 0);
}

/** `text` without a trailing "note: ..." part, which is passed on as said rather than read for booking fields. */
export function withoutExplicitNote(text: string): string {
  const explicit = explicitNote.exec(text.replace(/’/g, "'"));
  return explicit ? text.slice(0, explicit.index) : text;
}

/** `existing` with the new notes added after it, skipping any already there. */
export function appendNotes(existing: string | null, additions: string[]): string | null {
  const notes = existing ? existing.split("; ") : [];
  const seen = new Set(notes.map(comparable));
  for (const note of additions) {
    if (seen.has(comparable(note))) continue;
    if ([...notes, note].join("; ").length > maxNotesLength) break;
    notes.push(note);
    seen.add(comparable(note));
  }
  return notes.length > 0 ? notes.join("; ") : null;
}

function tidy(note: string): string {
  const trimmed = note
    .trim()
    .replace(/^(?:and|also|plus|oh|btw|by the way|ps)\b[,\s]*/i, "")
    .replace(/[,\s]*\b(?:please|pls|thanks|thank you)\b[.!\s]*$/i, "")
    .replace(/[.!\s]+$/, "")
    .replace(/\s+/g, " ");
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

function comparable(note: string): string {
  return note
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
