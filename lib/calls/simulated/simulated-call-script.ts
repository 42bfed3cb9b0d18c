// The script of one simulated call: a receptionist with a behaviour and a calendar, and an agent that follows the
// same rules as the real one (state the client's availability, check every offered slot with check_availability,
// book only when request_booking approves). It talks to the world only through SimulationIO, in the business's
// language (lines/simulated-lines.ts); the summaries it reports stay in English, for the person.
import { DateTime } from "luxon";
import type { Provider } from "@/db/providers";
import { appointmentMinutes } from "@/lib/booking/slot";
import { callLanguageOf, describeSlot, type CallBrief } from "@/lib/calls/call-brief";
import { failureOf, summaryOf } from "@/lib/calls/call-outcome";
import { optedOutFailure } from "@/lib/calls/opt-out";
import { sentenceTime } from "@/lib/sentences/sentence";
import { optOutApologyIn } from "@/prompts/disclosure";
import { renderFirstMessage } from "@/prompts/first-message";
import { phoneLineOf } from "./phone-line";
import {
  closePolitely,
  confirmChosenSlot,
  getPastMenu,
  insistOnThePerson,
  releaseHold,
  waitOnHold,
} from "./scripted-turns";
import { behaviourOf, nextOffer } from "./receptionist";
import { cancelAppointment, moveAppointment } from "./appointment-changes";
import { answerReceptionist, receptionistQuestion, spokenQuestion } from "./receptionist-questions";
import type { SimulationIO } from "./simulation-io";
import { simulatedLines, type PartOfDay } from "./lines/simulated-lines";

export type { SimulationIO } from "./simulation-io";

const maxOffers = 3;

export async function runSimulatedConversation(
  brief: CallBrief,
  provider: Provider,
  io: SimulationIO,
  now: Date,
): Promise<void> {
  const behaviour = behaviourOf(provider);
  const language = callLanguageOf(brief);
  const lines = simulatedLines(language);
  await io.status("ringing");
  await io.pause();
  if (behaviour === "no_answer") {
    await io.pause();
    return io.finish({ status: "no_answer", ...failureOf("failureNoAnswer") });
  }
  if (behaviour === "busy") return io.finish({ status: "busy", ...failureOf("failureLineBusy") });
  if (behaviour === "voicemail") {
    await io.say("business", lines.voicemailGreeting(provider.name));
    return io.finish({
      status: "voicemail",
      ...failureOf("failureVoicemailNothingLeft"),
      ...summaryOf("callVoicemail"),
    });
  }

  await io.status("answered");
  const line = phoneLineOf(provider, language);
  if (line.menu) await getPastMenu(line.menu, language, io);
  await io.say("business", lines.answer(provider.name, partOfDay(now, provider.timeZone)));
  await io.pause();
  await io.say("agent", renderFirstMessage(brief));
  await io.pause();
  if (line.asksToHold) await waitOnHold(io, lines);
  if (brief.purpose === "release") return releaseHold(brief, io, lines);
  // A business that insists on the person does so for a cancellation or a move as much as for a booking.
  if (behaviour === "wants_person") return insistOnThePerson(brief, provider, io, lines);
  if (brief.purpose === "cancellation") return cancelAppointment(brief, io, lines);
  if (brief.purpose === "reschedule") return moveAppointment(brief, provider, io, now, lines);

  if (behaviour === "opt_out") {
    await io.say("business", lines.optOutRequest);
    await io.pause();
    await io.say("agent", optOutApologyIn(language));
    return io.finish({
      status: "completed",
      opted_out: true,
      failure_reason: optedOutFailure.text,
      failure_sentence: optedOutFailure.sentence,
      ...summaryOf("callOptedOut", { business: provider.name }),
    });
  }

  if (behaviour === "no_phone_booking") {
    await io.say("business", lines.noPhoneBooking);
    await io.say("agent", lines.understoodNoPhone);
    return io.finish({
      status: "completed",
      ...failureOf("failureOnlineOnly"),
      ...summaryOf("callNoPhoneBooking", { business: provider.name }),
    });
  }

  if (brief.purpose === "confirmation" && brief.targetSlot) {
    return confirmChosenSlot(brief, provider, io, lines);
  }

  // Some receptionists need something only the client knows before they look (needs_insurance asks later).
  // The question in English is what the person is asked and what their details are matched against; the
  // receptionist says it in their own language.
  const question = receptionistQuestion(provider, brief.serviceType);
  const spoken = question ? spokenQuestion(question, brief.serviceType, language) : null;
  if (question && behaviour !== "needs_insurance") {
    await io.say("business", lines.beforeILook(spoken!));
    const answered = await answerReceptionist(brief, question, io);
    if (answered === "call_ended") return closePolitely(brief, io, null, lines);
    await io.say("business", answered === "answered" ? lines.questionAnswered : lines.questionLater);
    await io.pause();
  }

  const duration = appointmentMinutes(brief.serviceType);
  const offered = new Set<number>();
  const requirements: string[] = [];
  let insuranceGiven = false;
  for (let attempt = 0; attempt < maxOffers; attempt++) {
    const start = nextOffer(brief, provider, duration, offered, now);
    if (!start) break;
    offered.add(start.getTime());
    const when = describeSlot({ start: start.toISOString() }, provider.timeZone, language);
    const offeredTime = sentenceTime(start, provider.timeZone);

    if (behaviour === "needs_insurance" && !insuranceGiven) {
      await io.say("business", lines.needsInsurance(when, spoken!));
      await io.checkAvailability(start);
      const answered = await answerReceptionist(brief, question!, io);
      if (answered === "answered") {
        // With the insurance given, the receptionist offers the same slot again, the ordinary way.
        await io.say("business", lines.insuranceReceived);
        insuranceGiven = true;
        offered.delete(start.getTime());
        attempt -= 1;
        continue;
      }
      if (answered === "call_ended") return closePolitely(brief, io, offeredTime, lines);
      requirements.push("Insurance details before booking");
      await io.say("agent", lines.passOnInsurance(brief.personName));
      return io.finish({
        status: "completed",
        requirements,
        ...failureOf("failureNeedsInsurance"),
        ...summaryOf("callOfferedNeedsInsurance", { when: offeredTime }),
      });
    }

    await io.say("business", attempt === 0 ? lines.firstOffer(when) : lines.nextOffer(when));
    await io.pause();
    const check = await io.checkAvailability(start);
    if (check.code === "booking_closed" || check.code === "call_ended") {
      return closePolitely(brief, io, offeredTime, lines);
    }
    if (check.code !== "available") {
      await io.say("agent", lines.doesNotFit(brief.personName, brief.windowsText));
      await io.pause();
      continue;
    }
    const decision = await io.requestBooking(start);
    if (decision.code === "approved") {
      await io.say("agent", lines.pleaseBook(brief.personName));
      await io.pause();
      await io.say("business", lines.booked(brief.personName, when));
      return io.finish({
        status: "completed",
        booked_slot: decision.slot,
        ...summaryOf("callBooked", { when: offeredTime }),
      });
    }
    if (decision.code === "hold_requested") {
      await io.say("agent", lines.askHold(when, brief.personName, decision.holdUntilText ?? null));
      await io.say("business", lines.pencilledIn);
      return io.finish({
        status: "completed",
        ...summaryOf("callOfferedHoldAsked", { when: offeredTime }),
        hold_agreed: true,
      });
    }
    return closePolitely(brief, io, offeredTime, lines);
  }

  await io.say("business", lines.nothingElse);
  await io.say("agent", lines.thanksForChecking);
  return io.finish({
    status: "completed",
    ...failureOf("failureNoFittingSlot"),
    ...summaryOf("callNoFittingSlot"),
  });
}

function partOfDay(now: Date, timeZone: string): PartOfDay {
  const hour = DateTime.fromJSDate(now, { zone: timeZone }).hour;
  return hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening";
}
