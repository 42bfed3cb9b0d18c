// Reads how many people a booking is for ("table for two", "party of six", "me and my wife").
import { countPattern, parseCount } from "./number-words";

const companions =
  "wife|husband|partner|girlfriend|boyfriend|fiance|fiancé|fiancee|fiancée|friend|mum|mom|mother|dad|father|son|" +
  "daughter|sister|brother|colleague|date|kid|child|boss|wife's|spouse";

// A count after "for" is a party size only when nothing after it makes it a duration or a time ("for 2 weeks").
const afterBareCount = String.raw`(?=\s*(?:$|[.,;!?)]|(?:at|on|in|this|next|tomorrow|today|tonight|around|please|near)\b))`;

interface SizeRule {
  pattern: RegExp;
  size(match: RegExpExecArray): number | null;
}

/** Ordered: the first rule that matches decides. */
const rules: SizeRule[] = [
  { pattern: /\b(?:just|only) (?:me|myself)\b|\bby myself\b|\bon my own\b/, size: () => 1 },
  { pattern: /\b(?:the two of us|both of us)\b/, size: () => 2 },
  {
    pattern: new RegExp(
      String.raw`\bme (?:and|\+|plus) (${countPattern}) (?:friends|others|colleagues|people|guests|kids|children)\b`,
    ),
    size: (match) => add(match[1], 1),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:me|myself) (?:and|\+|plus) (?:my|a) (?:${companions})\b(?!\s*(?:and|,|\+))`,
    ),
    size: () => 2,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:table|reservation|booking|party|group|room)s? (?:for|of) (${countPattern})\b`,
    ),
    size: (match) => add(match[1], 0),
  },
  {
    pattern: new RegExp(
      String.raw`\b(${countPattern}) (?:people|persons|person|guests|adults|diners|pax|of us|in (?:my|our) (?:party|group))\b`,
    ),
    size: (match) => add(match[1], 0),
  },
  {
    pattern: new RegExp(String.raw`\bfor (${countPattern})${afterBareCount}`),
    size: (match) => add(match[1], 0),
  },
];

/** The party size said in `text`, or null. Sizes above the schema's limit are returned so the caller can object. */
export function extractPartySize(text: string): number | null {
  const lower = text.toLowerCase();
  for (const rule of rules) {
    const match = rule.pattern.exec(lower);
    if (!match) continue;
    const size = rule.size(match);
    if (size !== null && size >= 1) return size;
  }
  return null;
}

/** A bare count answering "how many people?" ("4", "six"). */
export function readBareCount(text: string): number | null {
  const trimmed = text
    .trim()
    .toLowerCase()
    .replace(/[.!?\s]+$/, "")
    .replace(/^(?:just|about|around|we are|we're|there are|there'll be)\s+/, "");
  return /\bfew\b/.test(trimmed) ? null : parseCount(trimmed);
}

function add(count: string, extra: number): number | null {
  if (/\bfew\b/.test(count)) return null;
  const value = parseCount(count);
  return value === null ? null : value + extra;
}
