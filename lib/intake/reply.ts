// Composes the offline path's reply: acknowledges what was understood, asks for the first missing required field
// in a specific way, and once the request is complete summarises it and points at “Call providers”.
import { DateTime } from "luxon";
import {
  missingRequiredFields,
  serviceLabels,
  type BookingRequest,
  type requiredFields,
} from "./booking-request";
import { supportedServicesSentence } from "./service-type";

export interface ReplyInput {
  previous: BookingRequest;
  request: BookingRequest;
  attention: string | null;
  /** What the person said, to tell small talk ("hi", "ok") from something not understood. */
  message: string;
  timeZone: string;
}

/** How the replies ask for each required field; the wording is also how a bare answer is recognised later. */
export const questionPatterns = {
  location: /\bwhere\b|\bwhich (?:city|town|area|neighbou?rhood)\b/i,
  party_size: /\bhow many (?:people|guests|of you)\b/i,
  client_name: /\bname to book under\b|\bwhat name\b|\bwhich name\b|\bunder what name\b/i,
};

const smallTalk =
  /^(?:hi|hello|hey|help|i need help|can you help(?: me)?|yes|yeah|yep|ok|okay|sure|sounds good|great|perfect|thanks|thank you|cool|alright|go ahead|please)\b/i;

export function composeReply({ previous, request, attention, message, timeZone }: ReplyInput): string {
  const understood = changedFields(previous, request).length > 0;
  const summary = describeRequest(request, timeZone);
  const sentences: string[] = [];
  const missing = missingRequiredFields(request);

  if (understood)
    sentences.push(missing.length === 0 && !attention ? `Great — ${summary}.` : `Got it — ${summary}.`);
  const newNotes = addedNotes(previous.notes, request.notes);
  if (newNotes.length > 0) sentences.push(`I’ll pass on: ${newNotes.join("; ")}.`);
  if (attention) {
    sentences.push(attention);
    return sentences.join(" ");
  }
  if (!understood) {
    if (missing.length === 0) {
      sentences.push(
        smallTalk.test(message.trim())
          ? `Great — ${summary}.`
          : `I didn’t catch a change there — I have ${summary}.`,
      );
    } else {
      sentences.push(smallTalk.test(message.trim()) ? "Happy to help!" : "Sorry, I didn’t catch that.");
    }
  }
  if (missing.length > 0) {
    sentences.push(askFor(missing[0], request));
    return sentences.join(" ");
  }
  sentences.push("Press “Call providers” when you’re ready, or tell me anything to change.");
  const optional = optionalDetailsHint(request);
  if (optional) sentences.push(optional);
  return sentences.join(" ");
}

/** "a dentist in Cambridge MA next week (Mon 30 Nov – Sun 6 Dec), mornings (08:00–12:00)". */
export function describeRequest(request: BookingRequest, timeZone: string): string {
  let text =
    request.service_type === "restaurant"
      ? "a restaurant table"
      : request.service_type
        ? withArticle(serviceLabels[request.service_type])
        : "an appointment";
  if (request.party_size !== null) text += ` for ${request.party_size}`;
  if (request.location !== null) text += ` in ${request.location}`;
  if (request.timeframe !== null) text += ` ${describeTimeframe(request, timeZone)}`;
  const time = describeTimeOfDay(request);
  if (time) text += `, ${time}`;
  if (request.client_name !== null) text += `, under the name ${request.client_name}`;
  return text;
}

function describeTimeframe(request: BookingRequest, timeZone: string): string {
  const label = request.timeframe ?? "";
  const single = /^(\d{4}-\d{2}-\d{2})$/.exec(label);
  if (single) return `on ${formatDay(DateTime.fromISO(single[1], { zone: timeZone }))}`;
  const range = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/.exec(label);
  if (range) {
    const [first, last] = [range[1], range[2]].map((day) =>
      formatDay(DateTime.fromISO(day, { zone: timeZone })),
    );
    return `between ${first} and ${last}`;
  }
  if (!request.window) return label;
  const first = formatDay(DateTime.fromISO(request.window.start, { zone: timeZone }));
  const last = formatDay(DateTime.fromISO(request.window.end, { zone: timeZone }).minus({ milliseconds: 1 }));
  return first === last ? `${label} (${first})` : `${label} (${first} – ${last})`;
}

function describeTimeOfDay(request: BookingRequest): string | null {
  const range = request.time_of_day ? `${request.time_of_day.start}–${request.time_of_day.end}` : null;
  if (request.preferred_time !== null)
    return range ? `${request.preferred_time} (${range})` : request.preferred_time;
  return range;
}

function askFor(field: (typeof requiredFields)[number], request: BookingRequest): string {
  if (field === "service_type") return `What should I book? I can call ${supportedServicesSentence()}.`;
  if (field === "location") {
    if (request.service_type === "restaurant")
      return "Which city or neighbourhood should the restaurant be in?";
    return "Where should I look — which city or neighbourhood?";
  }
  return "When would suit you — today, tomorrow, next week, or a particular date?";
}

function optionalDetailsHint(request: BookingRequest): string | null {
  const wantsParty = request.service_type === "restaurant" && request.party_size === null;
  const wantsName = request.client_name === null;
  if (wantsParty && wantsName)
    return "If you like, tell me how many people are coming and the name to book under.";
  if (wantsParty) return "If you like, tell me how many people are coming.";
  if (wantsName) return "If you like, tell me the name to book under.";
  return null;
}

/** Fields said this turn; the window and clock range are left out because they follow from the others. */
function changedFields(previous: BookingRequest, request: BookingRequest): (keyof BookingRequest)[] {
  return (Object.keys(request) as (keyof BookingRequest)[]).filter(
    (field) => field !== "window" && field !== "time_of_day" && previous[field] !== request[field],
  );
}

function addedNotes(before: string | null, after: string | null): string[] {
  const known = new Set((before ?? "").split("; "));
  return (after ?? "").split("; ").filter((note) => note !== "" && !known.has(note));
}

function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? "an" : "a"} ${label}`;
}

function formatDay(day: DateTime): string {
  return day.setLocale("en-GB").toFormat("ccc d LLL");
}
