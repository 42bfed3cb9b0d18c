// Composes the offline path's reply in the request's language: acknowledges what was understood, asks for the first
// missing required field in a specific way, and once the request is complete summarises it and points at
// “Call providers”.
import { DateTime } from "luxon";
import {
  missingRequiredFields,
  requestLanguage,
  type BookingRequest,
  type requiredFields,
} from "./booking-request";
import { replyWords, supportedServicesSentence } from "./languages";
import type { ReplyWords } from "./languages/vocabulary";

export interface ReplyInput {
  previous: BookingRequest;
  request: BookingRequest;
  attention: string | null;
  /** What the person said, in canonical words, to tell small talk ("hi", "ok") from something not understood. */
  message: string;
  timeZone: string;
}

/** How the replies ask for each required field in every language; the wording is how a bare answer is recognised. */
export const questionPatterns = {
  location:
    /\bwhere\b|\bwhich (?:city|town|area|neighbou?rhood)\b|dónde|qué ciudad|(?<!\p{L})où(?!\p{L})|quelle ville|\bwo\b|welche[mnrs]? stadt/iu,
  party_size:
    /\bhow many (?:people|guests|of you)\b|cuántas personas|combien de personnes|wie viele personen/i,
  client_name:
    /\bname to book under\b|\bwhat name\b|\bwhich name\b|\bunder what name\b|qué nombre|quel nom|welchen namen/i,
};

const smallTalk =
  /^(?:hi|hello|hey|help|i need help|can you help(?: me)?|yes|yeah|yep|ok|okay|sure|sounds good|great|perfect|thanks|thank you|cool|alright|go ahead|please)\b/i;

export function composeReply({ previous, request, attention, message, timeZone }: ReplyInput): string {
  const words = replyWords(requestLanguage(request));
  const understood = changedFields(previous, request).length > 0;
  const summary = describeRequest(request, timeZone);
  const sentences: string[] = [];
  const missing = missingRequiredFields(request);

  if (understood)
    sentences.push(missing.length === 0 && !attention ? words.complete(summary) : words.understood(summary));
  const newNotes = addedNotes(previous.notes, request.notes);
  if (newNotes.length > 0) sentences.push(words.passOn(newNotes.join("; ")));
  if (attention) {
    sentences.push(attention);
    return sentences.join(" ");
  }
  if (!understood) {
    const chat = smallTalk.test(message.trim());
    if (missing.length === 0) sentences.push(chat ? words.complete(summary) : words.noChange(summary));
    else sentences.push(chat ? words.happyToHelp : words.notCaught);
  }
  if (missing.length > 0) {
    sentences.push(askFor(missing[0], request, words));
    return sentences.join(" ");
  }
  sentences.push(words.readyToCall);
  const optional = optionalDetailsHint(request, words);
  if (optional) sentences.push(optional);
  return sentences.join(" ");
}

/** "a dentist in Cambridge MA next week (Mon 30 Nov – Sun 6 Dec), mornings (08:00–12:00)", in its language. */
export function describeRequest(request: BookingRequest, timeZone: string): string {
  const language = requestLanguage(request);
  const words = replyWords(language);
  let text = words.booking(request.service_type);
  if (request.party_size !== null) text += words.partySize(request.party_size);
  if (request.location !== null) text += words.place(request.location);
  if (request.timeframe !== null) text += ` ${describeTimeframe(request, timeZone, words, language)}`;
  const time = describeTimeOfDay(request);
  if (time) text += `, ${time}`;
  if (request.client_name !== null) text += words.underName(request.client_name);
  return text;
}

function describeTimeframe(
  request: BookingRequest,
  timeZone: string,
  words: ReplyWords,
  language: string,
): string {
  const day = (iso: string) => formatDay(DateTime.fromISO(iso, { zone: timeZone }), language);
  const label = request.timeframe ?? "";
  const single = /^(\d{4}-\d{2}-\d{2})$/.exec(label);
  if (single) return words.onDay(day(single[1]));
  const range = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/.exec(label);
  if (range) return words.betweenDays(day(range[1]), day(range[2]));
  const said = words.timeframe(label);
  if (!request.window) return said;
  const first = day(request.window.start);
  const last = formatDay(
    DateTime.fromISO(request.window.end, { zone: timeZone }).minus({ milliseconds: 1 }),
    language,
  );
  return first === last ? `${said} (${first})` : `${said} (${first} – ${last})`;
}

/** The time as said and its clock range; in another language only the range, since the words are canonical. */
function describeTimeOfDay(request: BookingRequest): string | null {
  const range = request.time_of_day ? `${request.time_of_day.start}–${request.time_of_day.end}` : null;
  if (request.preferred_time === null || requestLanguage(request) !== "en") return range;
  return range ? `${request.preferred_time} (${range})` : request.preferred_time;
}

function askFor(field: (typeof requiredFields)[number], request: BookingRequest, words: ReplyWords): string {
  if (field === "service_type") return words.askService(supportedServicesSentence(requestLanguage(request)));
  if (field === "location")
    return request.service_type === "restaurant" ? words.askRestaurantPlace : words.askPlace;
  return words.askWhen;
}

function optionalDetailsHint(request: BookingRequest, words: ReplyWords): string | null {
  const wantsParty = request.service_type === "restaurant" && request.party_size === null;
  const wantsName = request.client_name === null;
  if (wantsParty && wantsName) return words.offerPartyAndName;
  if (wantsParty) return words.offerParty;
  if (wantsName) return words.offerName;
  return null;
}

/** Fields said this turn; the window, clock range and language are left out because they follow from the others. */
function changedFields(previous: BookingRequest, request: BookingRequest): (keyof BookingRequest)[] {
  return (Object.keys(request) as (keyof BookingRequest)[]).filter(
    (field) =>
      field !== "window" &&
      field !== "time_of_day" &&
      field !== "language" &&
      previous[field] !== request[field],
  );
}

function addedNotes(before: string | null, after: string | null): string[] {
  const known = new Set((before ?? "").split("; "));
  return (after ?? "").split("; ").filter((note) => note !== "" && !known.has(note));
}

function formatDay(day: DateTime, language: string): string {
  return day.setLocale(language === "en" ? "en-GB" : language).toFormat("ccc d LLL");
}
