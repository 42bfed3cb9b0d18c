// The scripted call after the greeting, one reply at a time: ask for a specific date and time (step 1), check every
// offer with check_availability, read a fitting slot back for confirmation (step 2), and book it through
// request_booking only when the business says yes, then thank and hang up (step 3). Refusals, questions the script
// cannot answer, and replies it cannot understand end the call politely with a recorded outcome; a request never to
// be called again ends it with an apology and puts the number on the do-not-call list; a business that insists on
// speaking with the person is put through to them when they allow it (handover-dial.ts).
import { DateTime } from "luxon";
import type { TwimlSession, TwimlSessionChanges } from "@/db/twiml-sessions";
import type { ToolAnswer } from "@/lib/booking/in-call-tools";
import type { StartedQuestion } from "@/lib/calls/questions/ask-person";
import { twilioScriptFor } from "@/prompts/languages/twilio-script-for";
import { sentence, sentenceTime, type SentenceTime } from "@/lib/sentences/sentence";
import { optedOutFailure } from "../opt-out";
import type { HandoverDecision } from "../handover";
import type { CallFacts } from "./call-facts";
import { handoverTurn } from "./handover-dial";
import type { VoicemailChoice } from "./opening";
import { isQuestionForThePerson, questionTurn } from "./live-question";
import type { ReplyReading } from "./reply-reading";
import { spokenClock, spokenDate, spokenSlot } from "./spoken-time";
import { close, listen, quote, type Reply, type Turn } from "./turn";

export interface ConversationIO {
  checkAvailability(start: Date): Promise<ToolAnswer>;
  requestBooking(start: Date): Promise<ToolAnswer>;
  /** Why an offered slot does not fit, as check_availability recorded it. */
  offeredSlotReason(start: Date): Promise<string | null>;
  /** ask_client's first half: record a question for the person (or answer it from their profile). */
  startQuestion(question: string): Promise<StartedQuestion>;
  /** May the business be put through to the person now (issue 16)? Asked the moment it insists. */
  handover(): Promise<HandoverDecision>;
}

const maxOffers = 3;

/** Every line in the call's language (issue 17). */
const scriptOf = (facts: CallFacts) => twilioScriptFor(facts.script.language);
const maxUnclearReplies = 2;
const maxWaits = 3;
const waitSeconds = 15;

export async function replyTurn(
  session: TwimlSession,
  reading: ReplyReading,
  reply: Reply,
  facts: CallFacts,
  io: ConversationIO,
  options: { voicemail: VoicemailChoice },
): Promise<Turn> {
  const heard = quote(reply);
  if (reading.intent === "voicemail") {
    // Answering-machine detection took the greeting for a person; the reply shows it was a machine.
    const leaveMessage = options.voicemail === "message";
    return close(leaveMessage ? scriptOf(facts).voicemail(facts.script) : null, {
      status: "voicemail",
      summary: sentence("callVoicemail"),
      failure: sentence(leaveMessage ? "failureVoicemailMessageLeft" : "failureVoicemailNoMessage"),
    });
  }
  if (reading.intent === "opt_out") {
    return close(scriptOf(facts).optedOut(), {
      summary: sentence("callOptedOutHeard", { heard }),
      failure: optedOutFailure,
      optedOut: true,
    });
  }
  if (reading.intent === "wants_person") return handoverTurn(reply, await io.handover(), facts);
  if (reading.intent === "wait") return waitTurn(session, facts);
  if (reading.intent === "question" && isQuestionForThePerson(reply.speech)) {
    return questionTurn(reply.speech, facts, io.startQuestion);
  }
  if (reading.intent === "question") {
    return close(scriptOf(facts).cannotAnswer(facts.script), {
      failure: sentence("failureCannotAnswer", { heard }),
    });
  }
  if (reading.intent === "unclear") return unclearTurn(session, facts);
  if (session.step === "confirming") return confirmingTurn(session, reading, heard, facts, io);

  switch (reading.intent) {
    case "offer": {
      const date = reading.date ?? session.pendingDate;
      const time = reading.time ?? session.pendingTime;
      if (date && time) return judgeOffer(session, instantOf(date, time, facts.timeZone), facts, io);
      if (date)
        return listen(scriptOf(facts).askForTimeOnDay(spokenDate(date, facts.script.language)), {
          pendingDate: date,
          pendingTime: null,
        });
      return listen(scriptOf(facts).askForDayAtTime(spokenClock(time!, facts.script.language)), {
        pendingTime: time,
        pendingDate: null,
      });
    }
    case "yes":
      return listen(scriptOf(facts).askForTime(facts.script), { step: "asking_time" });
    default:
      return close(scriptOf(facts).declined(), {
        failure: sentence("failureNoAppointmentToOffer", { heard }),
      });
  }
}

async function confirmingTurn(
  session: TwimlSession,
  reading: ReplyReading,
  heard: string,
  facts: CallFacts,
  io: ConversationIO,
): Promise<Turn> {
  const slotStart = session.slotStart!;
  if (facts.brief.purpose === "cancellation") return cancellationTurn(reading, heard, facts);
  const confirmation = facts.brief.purpose === "confirmation";
  let intent = reading.intent;
  if (intent === "offer") {
    // "Yes, 9:30 is fine" repeats the slot: a yes. Any other time is a new offer.
    const date = reading.date ?? localDate(slotStart, facts.timeZone);
    const time = reading.time ?? localTime(slotStart, facts.timeZone);
    const offered = instantOf(date, time, facts.timeZone);
    if (offered.getTime() === slotStart.getTime()) intent = "yes";
    else if (!confirmation) return judgeOffer(session, offered, facts, io);
    else intent = "no";
  }
  if (intent === "yes") return bookTurn(session, slotStart, facts, io);
  if (confirmation)
    return close(scriptOf(facts).confirmationRefused(facts.script), {
      failure: sentence("failureChosenNotConfirmed", { heard }),
    });
  return listen(scriptOf(facts).anotherTime(facts.script), { step: "asking_time", slotStart: null });
}

async function judgeOffer(
  session: TwimlSession,
  start: Date,
  facts: CallFacts,
  io: ConversationIO,
): Promise<Turn> {
  const offers = session.offers + 1;
  const answer = await io.checkAvailability(start);
  const slot = answer.slot ? new Date(answer.slot.start) : start;
  const when = spokenSlot(slot, facts.timeZone, facts.script.language);
  const counters = { offers, pendingDate: null, pendingTime: null };
  if (answer.code === "available") {
    const ask =
      facts.brief.purpose === "inquiry" && facts.brief.mode === "review"
        ? scriptOf(facts).confirmHold(facts.script, when)
        : scriptOf(facts).confirmBooking(facts.script, when);
    return listen(ask, { ...counters, step: "confirming", slotStart: slot });
  }
  if (answer.code === "unavailable") {
    if (offers >= maxOffers) {
      return close(scriptOf(facts).nothingFits(facts.script), {
        failure: sentence("failureNoOfferFits", { count: offers }),
        changes: counters,
      });
    }
    // check_availability words its reason in English; a call in another language leaves it out.
    const english = (facts.script.language ?? "en") === "en";
    const reason = english
      ? personalise((await io.offeredSlotReason(slot)) ?? "", facts.script.personName)
      : "";
    return listen(scriptOf(facts).offerDoesNotFit(facts.script, when, reason), {
      ...counters,
      step: "asking_time",
    });
  }
  return closedBooking(answer, sentenceTime(slot, facts.timeZone), facts, counters);
}

async function bookTurn(
  session: TwimlSession,
  slotStart: Date,
  facts: CallFacts,
  io: ConversationIO,
): Promise<Turn> {
  const answer = await io.requestBooking(slotStart);
  const when = spokenSlot(slotStart, facts.timeZone, facts.script.language);
  const offered = sentenceTime(slotStart, facts.timeZone);
  switch (answer.code) {
    case "approved":
      if (facts.brief.purpose === "reschedule") {
        return close(scriptOf(facts).moved(facts.script, when), {
          summary: sentence("callMoved", { from: facts.chosenTime!, when: offered }),
          bookedSlot: answer.slot,
        });
      }
      return close(scriptOf(facts).booked(facts.script, when), {
        summary: sentence("callBooked", { when: offered }),
        bookedSlot: answer.slot,
      });
    case "hold_requested":
      return close(scriptOf(facts).held(facts.script, when, answer.holdUntilText), {
        summary: answer.holdUntilText
          ? sentence("callOfferedHeldUntil", {
              when: offered,
              until: sentenceTime(answer.heldUntil!, facts.timeZone),
            })
          : sentence("callOfferedHeld", { when: offered }),
      });
    case "declined":
      return close(scriptOf(facts).notTheChosenSlot(facts.script, facts.chosenSlot ?? when), {
        failure: sentence("failureDifferentSlot"),
      });
    case "unavailable":
      if (facts.brief.purpose === "confirmation") {
        return close(scriptOf(facts).confirmationRefused(facts.script), {
          failure: sentence("failureChosenNoLongerFits"),
        });
      }
      return judgeOffer({ ...session, offers: session.offers - 1 }, slotStart, facts, io);
    default:
      return closedBooking(answer, offered, facts, {});
  }
}

/** A cancellation call's one question, "could you cancel it?": yes records the business's agreement. */
function cancellationTurn(reading: ReplyReading, heard: string, facts: CallFacts): Turn {
  if (reading.intent === "yes") {
    return close(scriptOf(facts).cancelled(facts.script, facts.chosenSlot!), {
      summary: sentence("callCanceledAppointment", { when: facts.chosenTime! }),
      appointmentCanceled: true,
    });
  }
  return close(scriptOf(facts).cancellationRefused(facts.script), {
    failure: sentence("failureNotCancelled", { heard }),
  });
}

/** check_availability or request_booking said the call may not book any more. */
function closedBooking(
  answer: ToolAnswer,
  offered: SentenceTime,
  facts: CallFacts,
  changes: TwimlSessionChanges,
): Turn {
  if (answer.code === "call_ended") return close(null, { changes, noOutcome: true });
  if (facts.brief.purpose === "reschedule") {
    // The appointment changed while the call was on (cancelled meanwhile): nothing is moved.
    return close(scriptOf(facts).cancellationRefused(facts.script), {
      summary: sentence("callNotMovedChanged", { when: offered }),
      changes,
    });
  }
  return close(scriptOf(facts).bookedElsewhere(facts.script), {
    summary: sentence("callBookedElsewhere", { when: offered }),
    changes,
  });
}

function waitTurn(session: TwimlSession, facts: CallFacts): Turn | Promise<Turn> {
  if (session.waits >= maxWaits) return unclearTurn(session, facts);
  return {
    ...listen(scriptOf(facts).takeYourTime(), { waits: session.waits + 1 }),
    listenSeconds: waitSeconds,
  };
}

function unclearTurn(session: TwimlSession, facts: CallFacts): Turn {
  const unclear = session.unclearReplies + 1;
  if (unclear > maxUnclearReplies) {
    return close(scriptOf(facts).giveUp(facts.script), {
      failure: sentence("failureNotUnderstood"),
    });
  }
  const turn = listen(scriptOf(facts).notHeard(repeatQuestion(session, facts)), {});
  return { ...turn, changes: { unclearReplies: unclear } };
}

/** The question of the current step, asked again after a reply that was not understood. */
function repeatQuestion(session: TwimlSession, facts: CallFacts): string {
  if (session.step === "confirming" && session.slotStart) {
    return scriptOf(facts)
      .confirmAgain(spokenSlot(session.slotStart, facts.timeZone, facts.script.language))
      .replace(scriptOf(facts).notHeard(""), "");
  }
  if (session.pendingDate)
    return scriptOf(facts).askForTimeOnDay(spokenDate(session.pendingDate, facts.script.language));
  if (session.pendingTime)
    return scriptOf(facts).askForDayAtTime(spokenClock(session.pendingTime, facts.script.language));
  if (session.step === "asking_time")
    return scriptOf(facts)
      .askForTime(facts.script)
      .replace(/^[^.?!]+\. /, "");
  return scriptOf(facts).askForOpening(facts.script);
}

/** check_availability's reasons speak of "the client"; on the phone the client has a name. */
function personalise(reason: string, personName: string): string {
  return reason
    .replace(/\bThe client's\b/g, `${personName}'s`)
    .replace(/\bthe client's\b/g, `${personName}'s`)
    .replace(/\b[Tt]he client\b/g, personName);
}

function instantOf(date: string, time: string, timeZone: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: timeZone }).toJSDate();
}

const localDate = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).toISODate()!;
const localTime = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).toFormat("HH:mm");
