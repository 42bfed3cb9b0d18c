// Short scripted stretches of a simulated call that do not depend on the receptionist's calendar: getting past a
// phone menu, being put on hold, confirming a chosen slot, releasing a hold, and closing once the client booked
// elsewhere, and a business that insists on speaking with the person (handed over, or told they will call back).
import type { Provider } from "@/db/providers";
import { callLanguageOf, type CallBrief } from "@/lib/calls/call-brief";
import { failureOf, summaryOf } from "@/lib/calls/call-outcome";
import { handoverNotOffered } from "@/lib/calls/handover";
import { phoneMenuChoice } from "@/lib/calls/phone-menu";
import type { CallLanguage } from "@/lib/providers/provider-language";
import { sentence, sentenceTime, type SentenceTime } from "@/lib/sentences/sentence";
import { handoverCallBackLine, handoverTransferLine } from "@/prompts/handover";
import type { SimulationIO } from "./simulation-io";
import { simulatedLines, type SimulatedLines } from "./lines/simulated-lines";

export async function confirmChosenSlot(
  brief: CallBrief,
  provider: Provider,
  io: SimulationIO,
  lines: SimulatedLines = simulatedLines(),
): Promise<void> {
  const start = new Date(brief.targetSlot!.start);
  const when = brief.targetSlotText!;
  const chosenTime = sentenceTime(start, provider.timeZone);
  await io.say("business", lines.stillFree(when));
  const decision = await io.requestBooking(start);
  if (decision.code === "approved") {
    await io.say("agent", lines.confirmPleaseBook(brief.personName));
    await io.say("business", lines.confirmedBooked(brief.personName, when));
    return io.finish({
      status: "completed",
      booked_slot: decision.slot,
      ...summaryOf("callConfirmed", { when: chosenTime }),
    });
  }
  await io.say("agent", lines.checkWithClientFirst);
  return io.finish({
    status: "completed",
    ...failureOf("failureNotConfirmed", { heard: decision.say }),
    ...summaryOf("callNotConfirmed", { when: chosenTime, business: provider.name }),
  });
}

/** A release call: the opening line asked them to release the held slot; they agree and the call ends. */
export async function releaseHold(
  brief: CallBrief,
  io: SimulationIO,
  lines: SimulatedLines = simulatedLines(),
): Promise<void> {
  await io.say("business", lines.released);
  return io.finish({
    status: "completed",
    ...summaryOf("callReleasedHold", {
      when: sentenceTime(brief.targetSlot!.start, brief.business.timeZone),
    }),
  });
}

/** The agent presses the menu's key for appointments, the same choice the Twilio script makes. */
export async function getPastMenu(menu: string, language: CallLanguage, io: SimulationIO): Promise<void> {
  await io.say("business", menu);
  const choice = phoneMenuChoice(menu, language);
  if (choice) {
    const note = sentence("noteMenuKeyPressed", { digits: choice.digits, option: choice.option });
    await io.say("system", note.text, note.sentence);
  }
  await io.pause();
}

/** "Could you hold for a moment?": the agent waits quietly, as its prompt says, then carries on. */
export async function waitOnHold(io: SimulationIO, lines: SimulatedLines = simulatedLines()): Promise<void> {
  await io.say("business", lines.askToHold);
  await io.say("agent", lines.ofCourse);
  await io.pause();
  await io.pause();
  await io.say("business", lines.backFromHold);
  await io.pause();
}

export async function closePolitely(
  brief: CallBrief,
  io: SimulationIO,
  offered: SentenceTime | null,
  lines: SimulatedLines = simulatedLines(),
): Promise<void> {
  await io.say("agent", lines.bookedElsewhere(brief.personName));
  return io.finish({
    status: "completed",
    ...(offered
      ? summaryOf("callBookedElsewhere", { when: offered })
      : summaryOf("callBookedElsewhereBeforeOffer")),
  });
}

/**
 * The business will only speak with the person (issue 16): with the brief's leave the call is put through to the
 * person's verified phone and ends as handed over; otherwise the agent says the person will call back.
 */
export async function insistOnThePerson(
  brief: CallBrief,
  provider: Provider,
  io: SimulationIO,
  lines: SimulatedLines = simulatedLines(),
): Promise<void> {
  const asked = lines.insistOnPerson(
    brief.personName,
    brief.purpose === "cancellation" || brief.purpose === "reschedule",
  );
  await io.say("business", asked);
  await io.pause();
  const handover = brief.handover ?? handoverNotOffered;
  if (handover.allowed) {
    await io.say("agent", handoverTransferLine(brief.personName, callLanguageOf(brief)));
    const note = sentence("noteCallTransferred", { person: brief.personName, number: handover.number });
    await io.say("system", note.text, note.sentence);
    return io.finish({
      status: "completed",
      ...failureOf("failureHandedOver", { business: provider.name, person: brief.personName }),
      ...summaryOf("callHandedOver", { person: brief.personName, business: provider.name }),
      handover: { asked, transferred: true, to: handover.number },
    });
  }
  await io.say("agent", handoverCallBackLine(brief.personName, callLanguageOf(brief)));
  await io.say("business", lines.willWaitForCall);
  return io.finish({
    status: "completed",
    ...failureOf("failureWantsPerson", { business: provider.name, person: brief.personName }),
    ...summaryOf("callAskedForPerson", { business: provider.name, person: brief.personName }),
    handover: { asked, transferred: false, reason: handover.reason },
  });
}
