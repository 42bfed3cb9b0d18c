// The offline intake model (the default): rule-based and deterministic, no network. It reads what this message
// says, merges it into the request so the latest correction wins, and streams a composed reply word by word.
import { logger } from "../logger";
import { requestLanguage, type BookingRequest, type Language } from "./booking-request";
import type {
  ChatHistoryMessage,
  IntakeModel,
  IntakeTurn,
  IntakeTurnInput,
  IntakeTurnResult,
} from "./intake-model";
import { settleTurn, unsupportedServiceAttention } from "./attention";
import { canonicalise, detectLanguage } from "./languages";
import { extractPersonName, readBareName } from "./person-name";
import { extractLocation, readBarePlace } from "./location";
import { appendNotes, extractNotes, withoutExplicitNote } from "./notes";
import { extractPartySize, readBareCount } from "./party-size";
import { composeReply, questionPatterns } from "./reply";
import { detectServiceType } from "./service-type";
import { wordChunks } from "./text-channel";
import { resolveTimeOfDay } from "./time-of-day";
import { resolveTimeframe } from "./timeframe";

// "actually make it Boston", "change it to Friday", "how about Somerville?", "no wait, Savannah": what follows is the
// new value. Other languages' corrections ("mejor", "en fait", "doch lieber") arrive here as "actually".
const correctionLeads = [
  /\b(?:make it|make that|change it to|change that to|change to|change (?:the )?(?:location|place|city|area|town) to|switch (?:it )?to|move it to|how about|what about|let's do|let's say|go with)\s+(.+)$/i,
  /^(?:no|nope|actually|sorry|oops|wait|oh)?[,!.\s]*(.+?)\s+instead\b/i,
  /^(?:no,?\s+)?not\s+[^,]+,\s*(.+)$/i,
  /^(?:(?:no|nope|actually|sorry|oops|wait|oh|hmm|i mean|rather)[,!.\s]+)+(.+?)[.!]*$/i,
];

export function createOfflineIntakeModel(): IntakeModel {
  return {
    name: "offline",
    estimateTokens: () => 0,
    runTurn(input: IntakeTurnInput): IntakeTurn {
      const result = runOfflineTurn(input);
      return { textStream: streamWords(result.reply), result: Promise.resolve(result) };
    },
  };
}

/** One turn of the offline path: never throws, so the person always gets a reply. */
export function runOfflineTurn(input: IntakeTurnInput): IntakeTurnResult {
  try {
    return extractOfflineTurn(input);
  } catch (error) {
    logger.error("the offline intake extractor failed; the request is unchanged this turn", { error });
    return {
      reply: "Sorry — I couldn’t read that. Could you put it another way?",
      request: input.current,
      attention: null,
    };
  }
}

export function extractOfflineTurn({
  history,
  current,
  message,
  now,
  timeZone,
}: IntakeTurnInput): IntakeTurnResult {
  const proposed: BookingRequest = { ...current };
  const language = detectLanguage(message, requestLanguage(current));
  if (language !== requestLanguage(current)) proposed.language = language;
  // The field readers know the canonical (English) phrasings; other languages' words are rewritten to them first.
  const said = canonicalise(message, language);
  let turnAttention: string | null = null;
  const found = readFields(
    canonicalise(withoutExplicitNote(message), language),
    current,
    now,
    timeZone,
    language,
  );

  if (found.service?.kind === "supported") proposed.service_type = found.service.serviceType;
  if (found.service?.kind === "unsupported")
    turnAttention = unsupportedServiceAttention(found.service.description, language);
  if (found.timeframe) proposed.timeframe = found.timeframe;
  if (found.time) {
    proposed.preferred_time = found.time.preferred_time;
    proposed.time_of_day = found.time.time_of_day;
  }
  if (found.partySize !== null) proposed.party_size = found.partySize;
  if (found.personName) proposed.client_name = found.personName;
  if (found.location) proposed.location = found.location;
  proposed.notes = appendNotes(current.notes, extractNotes(message));

  const asked = lastAssistantMessage(history);
  if (!found.anything) {
    const correction = readCorrection(said, current, now, timeZone, language);
    if (correction) Object.assign(proposed, correction);
    else Object.assign(proposed, readBareAnswer(said, asked));
  } else if (!found.location && asked !== null && questionPatterns.location.test(asked)) {
    // "Boston, next week please" answers "Where?" with more on the end.
    const opening = said.split(/[,;]|\s+and\s+/)[0];
    const place = readFields(opening, current, now, timeZone, language).anything
      ? null
      : readBarePlace(opening);
    if (place) proposed.location = place;
  }

  const settled = settleTurn(current, proposed, now, timeZone, turnAttention);
  const reply = composeReply({
    previous: current,
    request: settled.request,
    attention: settled.attention,
    message: said,
    timeZone,
  });
  return { reply, request: settled.request, attention: settled.attention };
}

function readFields(text: string, current: BookingRequest, now: Date, timeZone: string, language: Language) {
  const service = detectServiceType(text, current.service_type);
  const timeframe = resolveTimeframe(text, now, timeZone, language)?.timeframe ?? null;
  const time = resolveTimeOfDay(text, {
    eveningByDefault:
      (service?.kind === "supported" ? service.serviceType : current.service_type) === "restaurant",
  });
  const partySize = extractPartySize(text);
  const personName = extractPersonName(text);
  const location = extractLocation(text);
  const anything =
    service !== null ||
    timeframe !== null ||
    time !== null ||
    partySize !== null ||
    !!personName ||
    !!location;
  return { service, timeframe, time, partySize, personName, location, anything };
}

/** "make it Boston": a correction whose new value none of the field readers recognised is a place, or a head count. */
function readCorrection(
  message: string,
  current: BookingRequest,
  now: Date,
  timeZone: string,
  language: Language,
): Partial<BookingRequest> | null {
  for (const lead of correctionLeads) {
    const value = lead.exec(message.trim())?.[1];
    if (!value) continue;
    const cleaned = value.replace(/\s+instead\b.*$/i, "");
    if (readFields(cleaned, current, now, timeZone, language).anything) continue;
    const count = readBareCount(cleaned);
    if (count !== null) {
      const countsPeople = current.service_type === "restaurant" || current.party_size !== null;
      return countsPeople ? { party_size: count } : null;
    }
    const place = readBarePlace(cleaned);
    if (place) return { location: place };
  }
  return null;
}

/** A bare "Boston", "4" or "Sam Lee" answers whichever question the assistant asked last. */
function readBareAnswer(message: string, asked: string | null): Partial<BookingRequest> {
  if (asked === null) return {};
  if (questionPatterns.location.test(asked)) {
    const place = readBarePlace(message);
    if (place) return { location: place };
  }
  if (questionPatterns.party_size.test(asked)) {
    const count = readBareCount(message);
    if (count !== null) return { party_size: count };
  }
  if (questionPatterns.client_name.test(asked)) {
    const name = readBareName(message);
    if (name) return { client_name: name };
  }
  return {};
}

function lastAssistantMessage(history: ChatHistoryMessage[]): string | null {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    if (history[i].role === "assistant") return history[i].content;
  }
  return null;
}

async function* streamWords(reply: string): AsyncGenerator<string> {
  for (const chunk of wordChunks(reply)) yield chunk;
}
