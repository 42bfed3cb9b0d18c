// The script of one simulated call: a receptionist with a behaviour and a calendar, and an agent that follows the
// same rules as the real one (state the client's availability, check every offered slot with check_availability,
// book only when request_booking approves). It talks to the world only through SimulationIO.
import { DateTime } from "luxon";
import type { Provider } from "@/db/providers";
import type { ToolAnswer } from "@/lib/booking/in-call-tools";
import { appointmentMinutes } from "@/lib/booking/slot";
import { describeSlot, type CallBrief } from "@/lib/calls/call-brief";
import type { CallOutcomeInput } from "@/lib/calls/call-outcome";
import { optedOutFailure } from "@/lib/calls/opt-out";
import { isWithinClockRange } from "@/lib/providers/opening-hours";
import { optOutApology } from "@/prompts/disclosure";
import { renderFirstMessage } from "@/prompts/first-message";
import { phoneMenuChoice } from "@/lib/calls/phone-menu";
import { phoneLineOf } from "./phone-line";
import type { AskClientAnswer } from "@/lib/calls/questions/ask-client";
import { behaviourOf, earliestFreeSlot } from "./receptionist";
import { answerReceptionist, receptionistQuestion } from "./receptionist-questions";

export interface SimulationIO {
  /** The silence between two turns of the conversation. */
  pause(): Promise<void>;
  status(status: "ringing" | "answered"): Promise<void>;
  /** system: what happened on the line rather than what was said (a key pressed on a phone menu). */
  say(role: "agent" | "business" | "system", text: string): Promise<void>;
  checkAvailability(start: Date): Promise<ToolAnswer>;
  requestBooking(start: Date): Promise<ToolAnswer>;
  /** ask_client: puts a receptionist's question to the person and waits (bounded) for the answer. */
  askClient(question: string): Promise<AskClientAnswer>;
  finish(outcome: CallOutcomeInput): Promise<void>;
}

const maxOffers = 3;
const lookAheadDays = 42;

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
        `Thank you — I'll pass that on, and ${brief.clientName} will call back with their insurance details.`,
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
        `Unfortunately that doesn't work for ${brief.clientName}. Is there anything ${brief.windowsText}?`,
      );
      await io.pause();
      continue;
    }
    const decision = await io.requestBooking(start);
    if (decision.code === "approved") {
      await io.say("agent", `That works. Please book it for ${brief.clientName}.`);
      await io.pause();
      await io.say("business", `Done — ${brief.clientName} is booked for ${when}. See you then!`);
      return io.finish({
        status: "completed",
        booked_slot: decision.slot,
        summary: `Booked ${when}.`,
      });
    }
    if (decision.code === "hold_requested") {
      await io.say(
        "agent",
        `That could work. Could you hold ${when} for ${brief.clientName} until ${decision.holdUntilText ?? "later today"}? They'll confirm by then.`,
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

async function confirmChosenSlot(brief: CallBrief, provider: Provider, io: SimulationIO): Promise<void> {
  const start = new Date(brief.targetSlot!.start);
  const when = brief.targetSlotText!;
  await io.say("business", `Let me check... yes, ${when} is still free.`);
  const decision = await io.requestBooking(start);
  if (decision.code === "approved") {
    await io.say("agent", `Wonderful — please book it for ${brief.clientName}.`);
    await io.say("business", `All set — ${brief.clientName} is booked for ${when}.`);
    return io.finish({ status: "completed", booked_slot: decision.slot, summary: `Confirmed ${when}.` });
  }
  await io.say("agent", "Actually, I need to check with the client first — they'll call back. Thank you.");
  return io.finish({
    status: "completed",
    failure_reason: `The booking could not be confirmed: ${decision.say}`,
    summary: `Could not confirm ${when} with ${provider.name}.`,
  });
}

/** A release call: the opening line asked them to release the held slot; they agree and the call ends. */
async function releaseHold(brief: CallBrief, io: SimulationIO): Promise<void> {
  await io.say("business", `No problem, I've released it. Thanks for letting us know!`);
  return io.finish({
    status: "completed",
    summary: `Asked them to release the hold on ${brief.targetSlotText}.`,
  });
}

/** The agent presses the menu's key for appointments, the same choice the Twilio script makes. */
async function getPastMenu(menu: string, io: SimulationIO): Promise<void> {
  await io.say("business", menu);
  const choice = phoneMenuChoice(menu);
  if (choice) await io.say("system", `Phone menu: pressed ${choice.digits} for ${choice.option}.`);
  await io.pause();
}

/** "Could you hold for a moment?": the agent waits quietly, as its prompt says, then carries on. */
async function waitOnHold(io: SimulationIO): Promise<void> {
  await io.say("business", "Could you hold for just a moment, please?");
  await io.say("agent", "Of course.");
  await io.pause();
  await io.pause();
  await io.say("business", "Thanks for holding. Now, let me see what we have.");
  await io.pause();
}

async function closePolitely(brief: CallBrief, io: SimulationIO, when: string): Promise<void> {
  await io.say(
    "agent",
    `Actually, ${brief.clientName} has just booked elsewhere — I'm sorry for the trouble, and thank you for your time.`,
  );
  return io.finish({
    status: "completed",
    summary: `Offered ${when}; not booked because the client booked elsewhere.`,
  });
}

/** What the receptionist offers next: inside the window at the preferred time, else inside the window, else later. */
function nextOffer(
  brief: CallBrief,
  provider: Provider,
  duration: number,
  offered: Set<number>,
  now: Date,
): Date | null {
  const from = brief.window ? new Date(brief.window.start) : now;
  const to = brief.window ? new Date(brief.window.end) : new Date(now.getTime() + 7 * 86_400_000);
  const horizon = new Date(now.getTime() + lookAheadDays * 86_400_000);
  const atPreferredTime = (start: Date) =>
    !brief.timeOfDay ||
    isWithinClockRange(
      { start, end: new Date(start.getTime() + duration * 60_000) },
      brief.timeOfDay,
      provider.timeZone,
    );
  return (
    earliestFreeSlot(
      provider,
      { from, to, durationMinutes: duration, exclude: offered, accept: atPreferredTime },
      now,
    ) ??
    earliestFreeSlot(provider, { from, to, durationMinutes: duration, exclude: offered }, now) ??
    earliestFreeSlot(provider, { from: to, to: horizon, durationMinutes: duration, exclude: offered }, now)
  );
}

function greetingFor(now: Date, timeZone: string): string {
  const hour = DateTime.fromJSDate(now, { zone: timeZone }).hour;
  return hour < 12 ? "good morning" : hour < 18 ? "good afternoon" : "good evening";
}
