// Twilio's call status (CallStatus, with AnsweredBy from answering-machine detection) read as our call's progress
// or its normalised end: completed, no_answer, busy, failed or voicemail.
import type { TwimlSession } from "@/db/twiml-sessions";
import { failureOf, summaryOf, type CallOutcomeInput } from "../call-outcome";
import { isMachine } from "./opening";

export type StatusMeaning =
  | { kind: "progress"; status: "ringing" | "answered" }
  | { kind: "ended"; outcome: CallOutcomeInput }
  | { kind: "ignored" };

export function readCallStatus(
  callStatus: string,
  answeredBy: string | null,
  session: TwimlSession | null,
  durationSeconds: number | null,
): StatusMeaning {
  const ended = (outcome: CallOutcomeInput): StatusMeaning => ({
    kind: "ended",
    outcome: { duration_seconds: durationSeconds, ...outcome },
  });
  switch (callStatus) {
    case "ringing":
      return { kind: "progress", status: "ringing" };
    case "in-progress":
    case "answered":
      return { kind: "progress", status: "answered" };
    case "busy":
      return ended({ status: "busy", ...failureOf("failureLineBusy") });
    case "no-answer":
      return ended({ status: "no_answer", ...failureOf("failureNoAnswer") });
    case "failed":
      return ended({ status: "failed", ...failureOf("failureNotConnected") });
    case "canceled":
      return ended({ status: "failed", ...failureOf("failureCancelledBeforeAnswer") });
    case "completed":
      return ended(completedOutcome(answeredBy ?? session?.answeredBy ?? null, session));
    default:
      // queued, initiated: the dial itself is already on record.
      return { kind: "ignored" };
  }
}

/** A completed call: what the script achieved, or why it never got that far. */
function completedOutcome(answeredBy: string | null, session: TwimlSession | null): CallOutcomeInput {
  if (isMachine(answeredBy)) {
    return {
      status: "voicemail",
      // The session keeps the script's reason in English only: it stands in for the report a crash lost.
      ...(session?.failureReason ? { failure_reason: session.failureReason } : failureOf("failureVoicemail")),
      ...summaryOf("callVoicemail"),
    };
  }
  if (answeredBy === "fax") return { status: "failed", ...failureOf("failureFax") };
  if (!session) {
    return {
      status: "failed",
      ...failureOf("failureScriptNeverFetched"),
    };
  }
  if (session.step !== "closed") {
    return {
      status: "completed",
      ...failureOf("failureHungUpBeforeAgreement"),
      ...summaryOf("callEndedBeforeAgreement"),
    };
  }
  // The script already reported this when it hung up; this only matters if that report was lost in a crash (the
  // booking itself holds the booked slot either way).
  return {
    status: "completed",
    summary: session.summary,
    failure_reason: session.failureReason,
  };
}
