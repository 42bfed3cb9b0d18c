// The first turn of a scripted call, when Twilio first asks for its TwiML: answering-machine detection has already
// run, so a machine gets the configured voicemail treatment (never a booking attempt), a fax is hung up on, and a
// person hears the greeting (step 0), the chosen slot on a confirmation call, or the booked appointment on a
// cancellation or reschedule call.
import type { TwimlStep } from "@/db/schema";
import { twilioScriptFor } from "@/prompts/languages/twilio-script-for";
import { failureOf, summaryOf } from "../call-outcome";
import type { CallFacts } from "./call-facts";
import type { Turn } from "./turn";

export interface Opening extends Turn {
  step: TwimlStep;
  slotStart: Date | null;
}

export type VoicemailChoice = "message" | "hang_up";

/** Twilio's AnsweredBy: machine_start, machine_end_beep, machine_end_silence, machine_end_other, human, fax, unknown. */
export function isMachine(answeredBy: string | null | undefined): boolean {
  return answeredBy?.startsWith("machine") ?? false;
}

/** `stillNeeded`: the booking still wants this call (nobody booked elsewhere while it rang). */
export function openingTurn(
  facts: CallFacts,
  answeredBy: string | null,
  voicemail: VoicemailChoice,
  stillNeeded: boolean,
): Opening {
  const { script } = facts;
  const twilioScript = twilioScriptFor(script.language);
  if (isMachine(answeredBy)) {
    const leaveMessage = voicemail === "message";
    return closing(leaveMessage ? twilioScript.voicemail(script) : null, {
      status: "voicemail",
      ...failureOf(leaveMessage ? "failureVoicemailMessageLeft" : "failureVoicemailNoMessage"),
      ...summaryOf("callVoicemail"),
    });
  }
  if (answeredBy === "fax") {
    return closing(null, {
      status: "failed",
      ...failureOf("failureFax"),
      ...summaryOf("callFaxAnswered"),
    });
  }
  if (!stillNeeded) {
    return closing(twilioScript.noLongerNeeded(script), {
      status: "completed",
      ...summaryOf("callNoLongerNeeded"),
    });
  }
  if (facts.brief.purpose === "release" && facts.chosenSlot) {
    // Nothing to negotiate: the message is said once and the call ends.
    return closing(twilioScript.releaseHold(script, facts.chosenSlot), {
      status: "completed",
      ...summaryOf("callReleasedHold", { when: facts.chosenTime! }),
      failure_reason: null,
    });
  }
  const target = facts.brief.targetSlot;
  if (facts.brief.purpose === "cancellation" && target && facts.chosenSlot) {
    return {
      say: twilioScript.cancellationGreeting(script, facts.chosenSlot),
      listen: true,
      step: "confirming",
      slotStart: new Date(target.start),
      changes: {},
      outcome: null,
    };
  }
  if (facts.brief.purpose === "reschedule" && target && facts.chosenSlot) {
    return {
      say: twilioScript.rescheduleGreeting(script, facts.chosenSlot),
      listen: true,
      step: "greeting",
      slotStart: null,
      changes: {},
      outcome: null,
    };
  }
  if (facts.brief.purpose === "confirmation" && target && facts.chosenSlot) {
    return {
      say: twilioScript.confirmationGreeting(script, facts.chosenSlot),
      listen: true,
      step: "confirming",
      slotStart: new Date(target.start),
      changes: {},
      outcome: null,
    };
  }
  return {
    say: twilioScript.greeting(script),
    listen: true,
    step: "greeting",
    slotStart: null,
    changes: {},
    outcome: null,
  };
}

function closing(say: string | null, outcome: NonNullable<Turn["outcome"]>): Opening {
  return {
    say,
    listen: false,
    step: "closed",
    slotStart: null,
    changes: { summary: outcome.summary ?? null, failureReason: outcome.failure_reason ?? null },
    outcome,
  };
}
