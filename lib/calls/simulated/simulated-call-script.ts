// The script of one simulated call: a receptionist with a behaviour and a calendar, and an agent that follows the
// same rules as the real one (state the client's availability, check every offered slot with check_availability,
// book only when request_booking approves). It talks to the world only through SimulationIO.
import { DateTime } from "luxon";
import type { Provider } from "@/db/providers";
import { appointmentMinutes } from "@/lib/booking/slot";
import { describeSlot, type CallBrief } from "@/lib/calls/call-brief";
import { optedOutFailure } from "@/lib/calls/opt-out";
import { optOutApology } from "@/prompts/disclosure";
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
import { answerReceptionist, receptionistQuestion } from "./receptionist-questions";
import type { SimulationIO } from "./simulation-io";

export type { SimulationIO } from "./simulation-io";

const maxOffers = 3;

export async function runSimulatedConversation(
  brief: CallBrief,
  provider: Provider,
  io: SimulationIO,
  now: Date,
): Promise<void> {
  const behaviour = behaviourOf(provider);
  await io.status("ringing");
  await io.pause();
  if (behaviour === "no_answer") {
    await io.pause();
    return io.finish({ status: "no_answer", failure_reason: "Nobody answered the phone." });
  }
  if (behaviour === "busy") return io.finish({ status: "busy", failure_reason: "The line was busy." });
  if (behaviour === "voicemail") {
    await io.say(
      "business",
      `Hi, you've reached ${provider.name}. We can't come to the phone right now — please leave a message after the tone.`,
    );
    return io.finish({
      status: "voicemail",
      failure_reason: "Reached voicemail; no message was left.",
      summary: "The call went to voicemail.",
    });
  }

  await io.status("answered");
  const line = phoneLineOf(provider);
  if (line.menu) await getPastMenu(line.menu, io);
  await io.say("business", `${provider.name}, ${greetingFor(now, provider.timeZone)}, how can I help?`);
  await io.pause();
  await io.say("agent", renderFirstMessage(brief));
  await io.pause();
  if (line.asksToHold) await waitOnHold(io);
  if (brief.purpose === "release") return releaseHold(brief, io);
  // A business that insists on the person does so for a cancellation or a move as much as for a booking.
  if (behaviour === "wants_person") return insistOnThePerson(brief, provider, io);
  if (brief.purpose === "cancellation") return cancelAppointment(brief, io);
  if (brief.purpose === "reschedule") return moveAppointment(brief, provider, io, now);

  if (behaviour === "opt_out") {
    await io.say(
      "business",
      "We don't accept automated calls. Please take this number off your list and don't call us again.",
    );
    await io.pause();
    await io.say("agent", optOutApology);
    return io.finish({
      status: "completed",
      opted_out: true,
      failure_reason: optedOutFailure,
      summary: `${provider.name} asked not to be called again.`,
    });
  }

  if (behaviour === "no_phone_booking") {
    await io.say(
      "business",
      "Sorry, we don't take bookings over the phone — everything goes through our website.",
    );
    await io.say("agent", "Understood, I'll let them know. Thank you for your time.");
    return io.finish({
      status: "completed",
      failure_reason: "They only take bookings online, not by phone.",
      summary: `${provider.name} does not book by phone.`,
    });
  }

  if (brief.purpose === "confirmation" && brief.targetSlot) {
    return confirmChosenSlot(brief, provider, io);
  }

  // Some receptionists need something only the client knows before they look (needs_insurance asks later).
  const question = receptionistQuestion(provider, brief.serviceType);
  if (question && behaviour !== "needs_insurance") {
    await io.say("business", `Sure. Before I look — ${question}`);
    const answered = await answerReceptionist(brief, question, io);
    if (answered === "call_ended") return closePolitely(brief, io, "nothing yet");
    await io.say(
      "business",
      answered === "answered" ? "Perfect, thank you." : "No problem, we can take that later.",
    );
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
    const when = describeSlot({ start: start.toISOString() }, provider.timeZone);

    if (behaviour === "needs_insurance" && !insuranceGiven) {
      await io.say(
        "business",
        `We could see them ${when}, but we need their insurance details before we can book anything. ${question}`,
      );
      await io.checkAvailability(start);
      const answered = await answerReceptionist(brief, question!, io);
      if (answered === "answered") {
        // With the insurance given, the receptionist offers the same slot again, the ordinary way.
        await io.say("business", "Thank you, that's all I need.");
        insuranceGiven = true;
        offered.delete(start.getTime());
        attempt -= 1;
        continue;
      }
      if (answered === "call_ended") return closePolitely(brief, io, when);
      requirements.push("Insurance details before booking");
      await io.say(
        "agent",
        `Thank you — I'll pass that on, and ${brief.personName} will call back with their insurance details.`,
      );
      return io.finish({
        status: "completed",
        requirements,
        failure_reason: "They need insurance details before booking.",
        summary: `Offered ${when}; insurance details are needed first.`,
      });
    }

    await io.say(
      "business",
      attempt === 0
        ? `Let me look... the earliest we have is ${when}. Would that work?`
        : `How about ${when}?`,
    );
    await io.pause();
    const check = await io.checkAvailability(start);
    if (check.code === "booking_closed" || check.code === "call_ended") return closePolitely(brief, io, when);
    if (check.code !== "available") {
      await io.say(
        "agent",
        `Unfortunately that doesn't work for ${brief.personName}. Is there anything ${brief.windowsText}?`,
      );
      await io.pause();
      continue;
    }
    const decision = await io.requestBooking(start);
    if (decision.code === "approved") {
      await io.say("agent", `That works. Please book it for ${brief.personName}.`);
      await io.pause();
      await io.say("business", `Done — ${brief.personName} is booked for ${when}. See you then!`);
      return io.finish({
        status: "completed",
        booked_slot: decision.slot,
        summary: `Booked ${when}.`,
      });
    }
    if (decision.code === "hold_requested") {
      await io.say(
        "agent",
        `That could work. Could you hold ${when} for ${brief.personName} until ${decision.holdUntilText ?? "later today"}? They'll confirm by then.`,
      );
      await io.say("business", "Sure, I'll pencil it in for now.");
      return io.finish({
        status: "completed",
        summary: `Offered ${when}; asked them to hold it.`,
        hold_agreed: true,
      });
    }
    return closePolitely(brief, io, when);
  }

  await io.say("business", "I'm sorry, we don't have anything else that fits.");
  await io.say("agent", "No problem — thank you for checking.");
  return io.finish({
    status: "completed",
    failure_reason: "No slot that fits the client's availability.",
    summary: "No slot that fits was offered.",
  });
}

function greetingFor(now: Date, timeZone: string): string {
  const hour = DateTime.fromJSDate(now, { zone: timeZone }).hour;
  return hour < 12 ? "good morning" : hour < 18 ? "good afternoon" : "good evening";
}
