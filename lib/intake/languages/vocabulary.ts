// The shape of one language's intake vocabulary: the words that tell the language apart, the rewrites that turn its
// everyday phrasings into the intake's canonical (English) ones, and the sentences the offline replies are made of.
import type { Language, ServiceType } from "../booking-request";

/** A phrasing and the canonical words it stands for (a string, or a function of the match for counts and times). */
export type Rewrite = [pattern: RegExp, canonical: string | ((match: string, ...groups: string[]) => string)];

export interface ReplyWords {
  /** "a dentist", "a restaurant table", "an appointment": what is being booked, with its article. */
  booking(service: ServiceType | null): string;
  partySize(size: number): string;
  place(location: string): string;
  onDay(day: string): string;
  betweenDays(first: string, last: string): string;
  /** A normalised timeframe label ("next week", "in 2 weeks") in this language; the label itself when unknown. */
  timeframe(label: string): string;
  underName(name: string): string;
  complete(summary: string): string;
  understood(summary: string): string;
  passOn(notes: string): string;
  noChange(summary: string): string;
  happyToHelp: string;
  notCaught: string;
  askService(services: string): string;
  askRestaurantPlace: string;
  askPlace: string;
  askWhen: string;
  readyToCall: string;
  offerPartyAndName: string;
  offerParty: string;
  offerName: string;
  /** Attention: a kind of business CallPilot does not book, named by `otherBusinesses`, and what it does book. */
  unsupported(business: string, services: string): string;
  /** The names of the kinds of business CallPilot does not book, keyed by their English description. */
  otherBusinesses: Record<string, string>;
  /** Attention: the dates said ("Wed 25 Nov 2026", or the timeframe in quotes) are over. */
  pastDates(said: string): string;
  partyTooLarge(size: number): string;
  partyLarge(size: number): string;
  /** Asking to confirm a change to a booked appointment ("Shall I phone … to cancel …?"). */
  confirmCancel(business: string, when: string): string;
  askNewTime(business: string, when: string): string;
  confirmMove(business: string, when: string, to: string): string;
  /** The plural names of the kinds of business CallPilot books, in `serviceTypes` order. */
  servicePlurals: Record<ServiceType, string>;
  and: string;
}

export interface Vocabulary {
  language: Language;
  /** Words common in this language and rare in the others: each one said counts towards it. */
  markers: readonly string[];
  /** Applied in order, so longer phrasings come before the words inside them. */
  rewrites: readonly Rewrite[];
  /** Small words that never name a place ("en la", "der"), so "en la tarde" is not read as a town. */
  stopWords: readonly string[];
  replies: ReplyWords;
}

/**
 * A case-insensitive pattern for whole words or phrases: JavaScript's \b does not see accented letters as letters,
 * so the edges are "no letter here" instead. `{n}` stands for a count in digits (number words are digits by then).
 */
export function phrase(source: string): RegExp {
  const expanded = source.replace(/\{n\}/g, "(\\d{1,3})");
  return new RegExp(`(?<![\\p{L}\\d])(?:${expanded})(?![\\p{L}])`, "giu");
}

/** Number words as digits: "cuatro" → "4". Only counts above one, since "un", "une", "ein" are also articles. */
export function numberRewrite(words: Record<string, number>): Rewrite {
  return [
    phrase(Object.keys(words).join("|")),
    (match: string) => String(words[match.toLowerCase()] ?? match),
  ];
}

/** "17h30", "17 Uhr 30", "17.30 Uhr" → "17:30": the clock forms the time-of-day reader knows. */
export function clockRewrite(source: string): Rewrite {
  return [
    phrase(source),
    (_: string, hour: string, minute?: string) => `${hour}:${(minute ?? "00").padStart(2, "0")}`,
  ];
}

type Unit = "day" | "week" | "month";

/** A `ReplyWords.timeframe` from a language's names for the fixed labels and its "in N weeks" phrasings. */
export function timeframeWords(
  fixed: Record<string, string>,
  relative: { in(count: number, unit: Unit): string; within(count: number, unit: Unit): string },
): (label: string) => string {
  return (label) => {
    if (fixed[label]) return fixed[label];
    const match = /^in (the next )?(\d+) (day|week|month)s?$/.exec(label);
    if (!match) return label;
    const count = Number(match[2]);
    const unit = match[3] as Unit;
    return match[1] ? relative.within(count, unit) : relative.in(count, unit);
  };
}
