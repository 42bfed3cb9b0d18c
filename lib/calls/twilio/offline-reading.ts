// Reads a business's reply without a model: keys pressed, a few phrase families (yes, no, hold on, fully booked,
// a question, "take us off your list", "I need to speak to the patient"), and the offered date and time with chrono-node, read in the business's time zone and against the
// client's window (a bare "Tuesday" is the Tuesday inside the window, not necessarily the next one). A business
// called in French, German or Spanish is read with that language's phrases and parser (offline-reading-abroad.ts).
import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import { asksNotToBeCalled } from "@/lib/do-not-call/opt-out-evidence";
import { findNamedDates } from "@/lib/intake/calendar-dates";
import type { CallLanguage } from "@/lib/providers/provider-language";
import { replyPhrasesAbroad, type ReplyPhrases } from "./offline-reading-abroad";
import { unclearReading, type ReplyContext, type ReplyReader, type ReplyReading } from "./reply-reading";

/** A machine's greeting that answering-machine detection took for a person. */
const voicemailPhrases =
  /\b(leave (?:a|your) (?:message|name and number)|after the (?:tone|beep)|(?:not|unable to) (?:available to )?(?:take|answer) your call|can(?:'t| ?not) come to the phone|voice ?mail|mailbox)\b/;
const waitPhrases =
  /\b(hold on|hang on|one moment|one sec(?:ond)?|just a (?:moment|sec(?:ond)?|minute)|let me (?:check|see|look|have a look)|bear with me|give me a (?:moment|sec(?:ond)?|minute))\b/;
const declinePhrases =
  /\b(fully booked|booked up|no (?:availability|appointments?|openings?|slots?|space)|nothing (?:available|free|open|left|that week|this week|next week|until)|(?:don't|do not|doesn't|does not) have anything|(?:don't|do not|can't|cannot) (?:take|make|do) (?:bookings|appointments|reservations)|only (?:book|take bookings|take appointments) online|(?:on|through|via) (?:our|the) website|not taking (?:new )?(?:patients|clients|customers|bookings)|we're closed|we are closed)\b/;
const yesPhrases =
  /\b(yes|yeah|yep|yup|sure|certainly|absolutely|of course|ok|okay|alright|all right|sounds good|that's fine|that works|fine|great|perfect|definitely|correct|confirmed|booked|done|will do|no problem|not a problem|no worries|we do|we can|i can)\b/;
const noPhrases =
  /^(no|nope|nah)\b|\b(not possible|can't do|cannot do|can't book|cannot book|that's taken|already taken|not available|isn't available|unavailable|doesn't work|won't work|i'm afraid not|sorry,? no)\b/;
/** Agreement that starts like a refusal. */
const notNegative = /^(no problem|not a problem|no worries)\b/;
/** Asking when: the script answers these itself, by asking for a time. */
const timeQuestions =
  /\b(?:what|which) (?:day|date|days|dates|time|times)\b|\bwhen (?:would|do|does|are|is|were|can|could|suits)\b|\bwhat works\b/;
const otherQuestions = /\b(date of birth|birthday|d\.?o\.?b|insurance|policy|address|phone number|email)\b/;
const questionStart =
  /^(?:what|what's|which|who|whose|when|where|why|how|do|does|did|is|are|can|could|would|will|have|has|may)\b/;

/** Insisting on speaking with the client rather than with us ("I need to speak to the patient directly"). */
const wantsPersonPhrases = [
  /\b(?:speak|talk)\s+(?:with|to)\s+(?:the\s+)?(?:patient|client|customer|owner|person|pet owner)\b/,
  /\b(?:speak|talk)\s+(?:with|to)\s+(?:him|her|them)\s+(?:directly|personally|in person|themselves|himself|herself)\b/,
  /\b(?:put|get|have)\s+(?:the\s+)?(?:patient|client|customer|owner|him|her|them)\s+(?:on\s+the\s+(?:phone|line)|through)\b/,
  /\b(?:only|just)\s+(?:book|deal|speak)\s+(?:with|to)\s+the\s+(?:patient|client|customer|owner|person)\b/,
];

/** Whether the business asks to speak with the client; a mention of them alone ("is the patient insured?") is not. */
export function asksForThePerson(text: string): boolean {
  return wantsPersonPhrases.some((pattern) => pattern.test(text));
}

/** Words without which a reply names no date or time: most replies skip the date parser, the costly part. */
const mayNameTime =
  /\d|\b(?:noon|midday|midnight|morning|afternoon|evening|tonight|today|tomorrow|week|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|o'clock|half|quarter|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/;

export function createOfflineReplyReader(): ReplyReader {
  return { name: "offline", read: async (context) => readReplyOffline(context) };
}

const english: ReplyPhrases = {
  voicemail: voicemailPhrases,
  optOut: { test: asksNotToBeCalled },
  wantsPerson: { test: asksForThePerson },
  wait: waitPhrases,
  decline: declinePhrases,
  yes: yesPhrases,
  no: noPhrases,
  notNegative,
  timeQuestions,
  otherQuestions,
  questionStart,
  mayNameTime,
  fullWeekday: /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
  dayOfMonth: /\b\d{1,2}(?:st|nd|rd|th)\b/,
  normalise: normaliseSpeech,
  parse: (text, reference) => chrono.parse(text, reference, { forwardDate: true }),
};

function phrasesFor(language: CallLanguage | undefined): ReplyPhrases {
  return !language || language === "en" ? english : replyPhrasesAbroad[language];
}

export function readReplyOffline(context: ReplyContext): ReplyReading {
  const phrases = phrasesFor(context.language);
  const digits = context.digits.trim();
  const text = phrases.normalise(context.speech);
  if (text === "") {
    if (digits.startsWith("1")) return { intent: "yes", date: null, time: null };
    if (digits.startsWith("2")) return { intent: "no", date: null, time: null };
    return unclearReading;
  }
  if (phrases.voicemail.test(text)) return { intent: "voicemail", date: null, time: null };
  // The business wants no calls from CallPilot (checked before everything but voicemail: it ends the call).
  if (phrases.optOut.test(text)) return { intent: "opt_out", date: null, time: null };
  if (phrases.wantsPerson.test(text)) return { intent: "wants_person", date: null, time: null };
  const offered = phrases.mayNameTime.test(text)
    ? findOfferedTime(text, context, phrases)
    : { date: null, time: null };
  if (offered.time) return { intent: "offer", ...offered };
  if (phrases.decline.test(text)) return { intent: "decline", date: null, time: null };
  if (phrases.wait.test(text)) return { intent: "wait", date: null, time: null };
  if (offered.date) return { intent: "offer", ...offered };
  const isQuestion = text.endsWith("?") || phrases.questionStart.test(text);
  if (isQuestion && phrases.otherQuestions.test(text)) return { intent: "question", date: null, time: null };
  if (phrases.timeQuestions.test(text)) return { intent: "yes", date: null, time: null };
  if (!phrases.notNegative.test(text) && phrases.no.test(text))
    return { intent: "no", date: null, time: null };
  if (isQuestion) return { intent: "question", date: null, time: null };
  if (phrases.yes.test(text)) return { intent: "yes", date: null, time: null };
  return unclearReading;
}

/** Lower case, one spacing, and spoken clock times as digits ("half past nine" → "9:30"), which chrono reads. */
export function normaliseSpeech(speech: string): string {
  const hours = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve".split("|");
  const hour = (word: string) => (/^\d+$/.test(word) ? Number(word) : hours.indexOf(word) + 1);
  const hourWord = `(\\d{1,2}|${hours.join("|")})`;
  return speech
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(new RegExp(`\\bhalf past ${hourWord}\\b`, "g"), (_, h) => `${hour(h)}:30`)
    .replace(new RegExp(`\\bquarter past ${hourWord}\\b`, "g"), (_, h) => `${hour(h)}:15`)
    .replace(new RegExp(`\\bquarter to ${hourWord}\\b`, "g"), (_, h) => `${((hour(h) + 10) % 12) + 1}:45`)
    .replace(
      new RegExp(`\\b${hourWord} (fifteen|thirty|forty[- ]five)\\b`, "g"),
      (_, h, m: string) => `${hour(h)}:${m.startsWith("forty") ? "45" : m === "thirty" ? "30" : "15"}`,
    )
    .replace(
      new RegExp(`\\b(${hours.join("|")}) (o'clock|am|pm|a\\.m\\.|p\\.m\\.)`, "g"),
      (_, h, rest) => `${hour(h)} ${rest}`,
    );
}

/** The day (yyyy-MM-dd) and start time (HH:mm) named in the reply, each null when not said. */
export function findOfferedTime(
  text: string,
  context: Pick<ReplyContext, "now" | "timeZone" | "window">,
  phrases: ReplyPhrases = english,
): { date: string | null; time: string | null } {
  const now = DateTime.fromJSDate(context.now, { zone: context.timeZone });
  const reference = { instant: now.toJSDate(), timezone: now.offset };
  let time: string | null = null;
  let day: { date: DateTime; weekdayOnly: boolean } | null = null;
  // One chrono pass: it is the costly part of reading a reply.
  for (const result of phrases.parse(text, reference)) {
    const start = result.start;
    if (!time && start.isCertain("hour")) {
      let hour = start.get("hour") ?? 0;
      // "at 2" on a business call means the afternoon: nobody books a dentist for two in the morning.
      if (!start.isCertain("meridiem") && hour >= 1 && hour <= 7) hour += 12;
      time = `${pad(hour)}:${pad(start.get("minute") ?? 0)}`;
    }
    const weekdayOnly =
      !start.isCertain("day") && start.isCertain("weekday") && phrases.fullWeekday.test(result.text);
    if (!day && (start.isCertain("day") || weekdayOnly)) {
      const date = DateTime.fromObject(
        { year: start.get("year")!, month: start.get("month")!, day: start.get("day")! },
        { zone: context.timeZone },
      );
      day = { date, weekdayOnly };
    }
  }
  // "the 12th" is a date chrono leaves alone; the intake's date finder knows it.
  if (!day && phrases.dayOfMonth?.test(text)) {
    const named = findNamedDates(text, now).find((date) => !date.monthOnly);
    if (named) day = { date: named.period.start, weekdayOnly: named.weekdayOnly };
  }
  if (!day) return { date: null, time };
  const date =
    day.weekdayOnly && context.window ? intoWindow(day.date, context.window, context.timeZone) : day.date;
  return { date: date.toISODate(), time };
}

const pad = (value: number) => String(value).padStart(2, "0");

/** A weekday said alone moves by whole weeks to the first such day inside the window, if there is one. */
function intoWindow(day: DateTime, window: { start: string; end: string }, timeZone: string): DateTime {
  const first = DateTime.fromISO(window.start, { zone: timeZone }).startOf("day");
  const end = DateTime.fromISO(window.end, { zone: timeZone });
  let candidate = day;
  while (candidate < first) candidate = candidate.plus({ weeks: 1 });
  return candidate < end ? candidate : day;
}
