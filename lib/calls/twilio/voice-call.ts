// Answers Twilio's voice webhook (app/api/twilio/voice) with the next TwiML of a scripted call. The first request
// opens the call's session (greeting, or voicemail when answering-machine detection heard a machine); each later
// one carries the business's reply to the last Gather. Each turn's lines go into the transcript together with the
// session's new state (one transaction, the event shape ingestion records), and the call's outcome is ingested
// the moment the script ends it.
import { getBooking } from "@/db/bookings";
import { getCallQuestion } from "@/db/call-questions";
import { getCall } from "@/db/calls";
import {
  advanceTwimlSession,
  getTwimlSession,
  startTwimlSession,
  type SpokenLine,
  type TwimlSession,
} from "@/db/twiml-sessions";
import { checkAvailability, requestBooking } from "@/lib/booking/in-call-tools";
import type { Clock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import { handoverCallBackLine } from "@/prompts/handover";
import { twilioScriptFor } from "@/prompts/languages/twilio-script-for";
import { sentence } from "@/lib/sentences/sentence";
import { failureOf, noteLine } from "../call-outcome";
import { callStillNeeded } from "../dispatcher";
import { ingestCallOutcome, type CallRef } from "../ingestion";
import { loadCallFacts, type CallFacts } from "./call-facts";
import { replyTurn, type ConversationIO } from "./scripted-reply";
import { startQuestion } from "../questions/ask-person";
import { handoverDecisionFor, handoverNotOffered } from "../handover";
import { findCallForSid } from "./find-call";
import type { HandoverDial } from "./dial-action";
import { handoverOutcome } from "./handover-dial";
import { holdTurn, type HoldPoll } from "./live-question";
import { forgetCall, recallCall, rememberCall, type KnownCall } from "./known-calls";
import { phoneMenuTurn } from "./menu-turn";
import { isMachine, openingTurn } from "./opening";
import type { ReplyReader } from "./reply-reading";
import type { Turn } from "./turn";
import { renderTurn, voiceFor, type SpokenTurn } from "./twiml";
import { publicUrl, voicePath, type TwilioParams } from "./webhook-request";

export interface VoiceCallDeps {
  clock: Clock;
  config: Pick<AppConfig, "PUBLIC_BASE_URL" | "TWILIO_VOICEMAIL" | "TWILIO_PHONE_NUMBER">;
  reader: ReplyReader;
}

const hangUp: SpokenTurn = { say: null, listen: false };

/**
 * `hold`: this request is a <Redirect> poll while the business holds for the client's answer (live-question.ts).
 * `dialEnded`: this request is the action of the <Dial> that put the business through to the person (issue 16).
 */
export async function answerVoiceWebhook(
  params: TwilioParams,
  deps: VoiceCallDeps,
  hold: HoldPoll | null = null,
  dialEnded: HandoverDial | null = null,
): Promise<string> {
  const actionUrl = publicUrl(deps.config.PUBLIC_BASE_URL!, voicePath);
  const callSid = params.CallSid ?? "";
  const session = callSid ? await getTwimlSession(callSid) : undefined;
  let known: KnownCall | null = null;
  try {
    known = (callSid && recallCall(callSid)) || (await lookUpCall(callSid, Boolean(session)));
    if (!known) {
      logger.warn("Twilio asked for the script of a call CallPilot does not know", { callSid });
      return renderTurn(hangUp, { actionUrl, voice: voiceFor("US") });
    }
    const turn = !session
      ? await openCall(callSid, known, params, deps)
      : dialEnded
        ? await endHandover(known, dialEnded, params, deps)
        : hold
          ? await holdCall(session, known, hold, deps)
          : await continueCall(session, known, params, deps);
    return renderTurn(turn, {
      actionUrl,
      voice: known.facts.voice,
      callerId: deps.config.TWILIO_PHONE_NUMBER,
    });
  } catch (error) {
    logger.error("the scripted call broke down", { error, callSid, callId: known?.call.id });
    if (known) {
      forgetCall(callSid);
      await ingestCallOutcome(
        known.call.id,
        { status: "failed", ...failureOf("failureScriptBroke") },
        deps.clock,
      ).catch(() => undefined);
    }
    const say = twilioScriptFor(known?.facts.script.language).technicalProblem(known?.facts.script ?? null);
    return renderTurn({ say, listen: false }, { actionUrl, voice: known?.facts.voice ?? voiceFor("US") });
  }
}

/** The call behind a SID, from the database: on its first webhook, or on a later one after a restart. */
async function lookUpCall(callSid: string, sessionExists: boolean): Promise<KnownCall | null> {
  if (!callSid) return null;
  // The first webhook may race the dispatcher recording the SID; a later one never does.
  const call = await findCallForSid(callSid, sessionExists ? 0 : undefined);
  if (!call) return null;
  const entry = { call: { id: call.id, bookingId: call.bookingId }, facts: await loadCallFacts(call) };
  rememberCall(callSid, entry);
  return entry;
}

/** Whether the booking still wants this call to talk to the business: nobody booked elsewhere while it rang. */
async function stillNeeded({ call, facts }: KnownCall): Promise<boolean> {
  const booking = await getBooking(call.bookingId);
  return booking ? callStillNeeded(facts.brief.purpose, booking.status) : false;
}

async function openCall(
  callSid: string,
  known: KnownCall,
  params: TwilioParams,
  deps: VoiceCallDeps,
): Promise<SpokenTurn> {
  const answeredBy = params.AnsweredBy || null;
  const opening = openingTurn(
    known.facts,
    answeredBy,
    deps.config.TWILIO_VOICEMAIL,
    await stillNeeded(known),
  );
  const lines: SpokenLine[] = [];
  if (isMachine(answeredBy)) lines.push(noteLine(sentence("noteVoicemailDetected")));
  if (opening.say) lines.push({ role: "agent", text: opening.say });
  const { session, created } = await startTwimlSession(
    {
      callSid,
      callId: known.call.id,
      step: opening.step,
      answeredBy,
      slotStart: opening.slotStart,
      summary: opening.changes.summary,
      failureReason: opening.changes.failureReason,
    },
    { bookingId: known.call.bookingId, lines: inCallLanguage(lines, known.facts), now: deps.clock.now() },
  );
  // Twilio asked twice for the first TwiML (a retry): the session is already under way, so it continues from there.
  if (!created) return session.step === "closed" ? hangUp : { say: null, listen: true };
  await finishTurn(callSid, known.call, opening, deps);
  return opening;
}

async function continueCall(
  session: TwimlSession,
  { call, facts }: KnownCall,
  params: TwilioParams,
  deps: VoiceCallDeps,
): Promise<SpokenTurn> {
  if (session.step === "closed") return hangUp;
  const reply = { speech: (params.SpeechResult ?? "").trim(), digits: (params.Digits ?? "").trim() };
  const heard = reply.speech || (reply.digits ? `(pressed ${reply.digits})` : "");

  const menu = phoneMenuTurn(session, reply, facts);
  const turn = menu ?? (await readAndReply(session, reply, { call, facts }, deps));
  const lines: SpokenLine[] = [];
  if (heard) lines.push({ role: "business", text: heard });
  if (menu?.note) lines.push(noteLine(menu.note));
  if (turn.say) lines.push({ role: "agent", text: turn.say });
  const advanced = await advanceTwimlSession(
    { session, changes: turn.changes },
    { bookingId: call.bookingId, lines: inCallLanguage(lines, facts), now: deps.clock.now() },
  );
  // Another request for this call took the turn first (a duplicated webhook): say nothing twice, just listen.
  if (!advanced) return { say: null, listen: true };
  await finishTurn(session.callSid, call, turn, deps);
  return turn;
}

async function readAndReply(
  session: TwimlSession,
  reply: { speech: string; digits: string },
  { call, facts }: KnownCall,
  deps: VoiceCallDeps,
): Promise<Turn> {
  const reading = await deps.reader.read({
    ...reply,
    step: session.step,
    lastPrompt: lastAgentLine(session, facts),
    now: deps.clock.now(),
    timeZone: facts.timeZone,
    window: facts.brief.window,
    availability: facts.script.availability,
    language: facts.script.language,
  });
  return replyTurn(session, reading, reply, facts, toolsFor(call.id, deps.clock), {
    voicemail: deps.config.TWILIO_VOICEMAIL,
  });
}

/** A poll while the business holds: keep holding (nothing written), or say the answer / the call back as a turn. */
async function holdCall(
  session: TwimlSession,
  { call, facts }: KnownCall,
  hold: HoldPoll,
  deps: VoiceCallDeps,
): Promise<SpokenTurn> {
  if (session.step === "closed") return hangUp;
  const question = await getCallQuestion(hold.questionId);
  // A signed URL for another call's question cannot happen from Twilio; listening again is the safe answer.
  if (!question || question.callId !== call.id) return { say: null, listen: true };
  const turn = await holdTurn(hold, question.text, facts, deps.clock);
  if (!turn) return { say: null, listen: false, hold: { questionId: hold.questionId, poll: hold.poll + 1 } };
  const advanced = await advanceTwimlSession(
    { session, changes: turn.changes },
    {
      bookingId: call.bookingId,
      lines: inCallLanguage(turn.say ? [{ role: "agent", text: turn.say }] : [], facts),
      now: deps.clock.now(),
    },
  );
  if (!advanced) return { say: null, listen: true };
  await finishTurn(session.callSid, call, turn, deps);
  return turn;
}

/** The <Dial> to the person ended: record how (answered or not) as the call's outcome; a redelivery changes nothing. */
async function endHandover(
  { call, facts }: KnownCall,
  dial: HandoverDial,
  params: TwilioParams,
  deps: VoiceCallDeps,
): Promise<SpokenTurn> {
  const outcome = handoverOutcome(dial, params.DialCallStatus ?? "", facts);
  const { applied } = await ingestCallOutcome(call.id, outcome, deps.clock);
  if (!applied || outcome.handover?.transferred) return hangUp;
  // The person did not pick up and the business is still on the line.
  return { say: handoverCallBackLine(facts.script.personName, facts.script.language), listen: false };
}

/** When the turn ends the call: the outcome, through ingestion (retry policy, the booking's settlement). */
async function finishTurn(callSid: string, call: CallRef, turn: Turn, deps: VoiceCallDeps): Promise<void> {
  if (turn.listen || turn.hold) return;
  forgetCall(callSid);
  if (turn.outcome) await ingestCallOutcome(call.id, turn.outcome, deps.clock);
}

/** What the model should know we last asked, without storing every prompt: the step's own question. */
function lastAgentLine(session: TwimlSession, facts: CallFacts): string {
  if (session.step === "greeting") return twilioScriptFor(facts.script.language).greeting(facts.script);
  if (session.step === "confirming")
    return "Could you book (or hold) that slot? Say yes or press 1, or say no.";
  return twilioScriptFor(facts.script.language).askForTime(facts.script);
}

/** Spoken lines of a call in another language than English say which (issue 17); our own notes stay English. */
function inCallLanguage(lines: SpokenLine[], facts: CallFacts): SpokenLine[] {
  const language = facts.script.language;
  if (!language || language === "en") return lines;
  return lines.map((line) => (line.role === "system" ? line : { ...line, language }));
}

function toolsFor(callId: string, clock: Clock): ConversationIO {
  return {
    checkAvailability: (start) => checkAvailability({ callId, start }, clock),
    requestBooking: (start) => requestBooking({ callId, start }, clock),
    startQuestion: (question) => startQuestion({ callId, question }, clock),
    handover: async () => {
      const booking = await getBooking((await getCall(callId))!.bookingId);
      return booking ? handoverDecisionFor(booking.userId, clock.now()) : handoverNotOffered;
    },
    offeredSlotReason: async (start) => {
      const call = await getCall(callId);
      return call?.offeredSlots.find((slot) => Date.parse(slot.start) === start.getTime())?.reason ?? null;
    },
  };
}
