// Twilio's call status (CallStatus, with AnsweredBy from answering-machine detection) read as our call's progress
// or its normalised end: completed, no_answer, busy, failed or voicemail.
import type { TwimlSession } from "@/db/twiml-sessions";
import { summaryOf, type CallOutcomeInput } from "../call-outcome";
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
      return ended({ status: "busy", failure_reason: "The line was busy." });
    case "no-answer":
      return ended({ status: "no_answer", failure_reason: "Nobody answered the phone." });
    case "failed":
      return ended({ status: "failed", failure_reason: "The call could not be connected." });
    case "canceled":
      return ended({ status: "failed", failure_reason: "The call was cancelled before it was answered." });
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
      failure_reason: session?.failureReason ?? "Reached voicemail.",
      ...summaryOf("callVoicemail"),
    };
  }
  if (answeredBy === "fax")
    return { status: "failed", failure_reason: "A fax machine answered this number." };
  if (!session) {
    return {
      status: "failed",
      failure_reason:
        "The call connected but Twilio never fetched CallPilot's call script: check PUBLIC_BASE_URL is reachable from the internet.",
    };
  }
  if (session.step !== "closed") {
    return {
      status: "completed",
      failure_reason: "The business hung up before a time was agreed.",
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
