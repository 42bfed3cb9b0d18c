// Settles a turn's proposed request: resolves its times, keeps values that cannot be booked out of it, and says in
// one sentence what the person must sort out (a service we do not book, a date already past, an outsized party).
import { requestLanguage, type BookingRequest, type Language } from "./booking-request";
import { replyWords, supportedServicesSentence } from "./languages";
import { resolveRequestTimes } from "./normalise";

/** Restaurants rarely take a party larger than this over the phone; the person should confirm it. */
export const largestRestaurantParty = 20;
/** The booking request schema's own limit. */
const largestParty = 50;

export interface SettledTurn {
  request: BookingRequest;
  attention: string | null;
}

/**
 * `proposed` (the previous request with this turn's changes) made bookable. A timeframe entirely in the past is
 * not taken: the previous one stays and the person is asked again. `attention` from the turn itself (an
 * unsupported service) comes first.
 */
export function settleTurn(
  previous: BookingRequest,
  proposed: BookingRequest,
  now: Date,
  timeZone: string,
  turnAttention: string | null = null,
): SettledTurn {
  const resolved = resolveRequestTimes(proposed, now, timeZone);
  let request = resolved.request;
  let attention = turnAttention ?? resolved.attention;

  if (resolved.attention && proposed.timeframe !== previous.timeframe) {
    request = resolveRequestTimes(
      { ...request, timeframe: previous.timeframe, window: previous.window },
      now,
      timeZone,
    ).request;
  }
  if (request.party_size !== null && request.party_size > largestParty) {
    attention ??= replyWords(requestLanguage(request)).partyTooLarge(request.party_size);
    request = { ...request, party_size: previous.party_size };
  }
  // Asked once, when the size or the service changes: a person who confirms it is not asked again.
  const partyChanged =
    request.party_size !== previous.party_size || request.service_type !== previous.service_type;
  if (partyChanged && isLargeRestaurantParty(request)) {
    attention ??= replyWords(requestLanguage(request)).partyLarge(request.party_size ?? 0);
  }
  return { request, attention };
}

function isLargeRestaurantParty(request: BookingRequest): boolean {
  return (
    request.service_type === "restaurant" &&
    request.party_size !== null &&
    request.party_size > largestRestaurantParty
  );
}

export function unsupportedServiceAttention(description: string, language: Language = "en"): string {
  const words = replyWords(language);
  return words.unsupported(
    words.otherBusinesses[description] ?? description,
    supportedServicesSentence(language),
  );
}
