// One turn of the scripted call: what the agent says next, whether it then listens or hangs up, what changes in
// the call's session, and, when the turn ends the call, the outcome to report.
import type { TwimlSessionChanges } from "@/db/twiml-sessions";
import type { CallOutcomeInput } from "../call-outcome";
import type { WrittenSentence } from "@/lib/sentences/sentence";
import type { SpokenTurn } from "./twiml";

export interface Turn extends SpokenTurn {
  changes: TwimlSessionChanges;
  /** Set when this turn ends the conversation: what the call achieved. */
  outcome: CallOutcomeInput | null;
}

export interface Reply {
  speech: string;
  digits: string;
}

/** A turn that keeps the conversation going; any understood reply resets the "not understood" count. */
export function listen(text: string, changes: TwimlSessionChanges): Turn {
  return { say: text, listen: true, changes: { unclearReplies: 0, ...changes }, outcome: null };
}

export function close(
  text: string | null,
  result: {
    /** completed unless a machine answered after all. */
    status?: "completed" | "voicemail";
    /** CallPilot's own summary (lib/sentences); without one, the failure (also a sentence) is the summary. */
    summary?: WrittenSentence;
    failure?: WrittenSentence;
    bookedSlot?: { start: string; end: string } | null;
    changes?: TwimlSessionChanges;
    noOutcome?: boolean;
    /** The business asked not to be called again. */
    optedOut?: boolean;
    /** A cancellation call: the business confirmed the appointment is cancelled. */
    appointmentCanceled?: boolean;
  },
): Turn {
  const summary = result.summary ?? result.failure ?? null;
  const failure = result.failure ?? null;
  return {
    say: text,
    listen: false,
    changes: {
      ...result.changes,
      step: "closed",
      summary: summary?.text ?? null,
      failureReason: failure?.text ?? null,
      bookedSlotStart: result.bookedSlot ? new Date(result.bookedSlot.start) : null,
    },
    outcome: result.noOutcome
      ? null
      : {
          status: result.status ?? "completed",
          booked_slot: result.bookedSlot ?? null,
          summary: summary?.text ?? null,
          summary_sentence: summary?.sentence ?? null,
          failure_reason: failure?.text ?? null,
          failure_sentence: failure?.sentence ?? null,
          ...(result.optedOut ? { opted_out: true } : {}),
          ...(result.appointmentCanceled ? { appointment_canceled: true } : {}),
        },
  };
}

export function quote(reply: Reply): string {
  if (reply.speech) return `“${reply.speech}”`;
  return reply.digits ? `they pressed ${reply.digits}` : "no reply";
}
