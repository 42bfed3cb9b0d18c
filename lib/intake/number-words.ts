// Reads small counts written as digits or words ("4", "four", "a couple"), as people say party sizes and durations.

const wordValues: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  "a couple": 2,
  "a couple of": 2,
  couple: 2,
  "a dozen": 12,
  dozen: 12,
  "a few": 3,
  few: 3,
};

/** A regex fragment matching any count `parseCount` understands (longest alternatives first). */
export const countPattern = [
  "\\d{1,3}",
  ...Object.keys(wordValues)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/ /g, "\\s+")),
].join("|");

/** The count a word or numeral stands for, or null when it is not one. */
export function parseCount(text: string): number | null {
  const cleaned = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (/^\d{1,3}$/.test(cleaned)) return Number(cleaned);
  return wordValues[cleaned] ?? null;
}
