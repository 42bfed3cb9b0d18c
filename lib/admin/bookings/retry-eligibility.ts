// Whether an admin may retry a call, and what the retry does to the booking: one pure rule, used to draw the
// Retry button (or say why there is none) and again, authoritatively, when the retry is asked for.
import type { BookingStatus, CallPurpose, CallStatus } from "@/db/schema";

/** A failed or unanswered call; a completed call got its answer and a canceled one was not needed. */
export const retryableCallStatuses: readonly CallStatus[] = ["failed", "no_answer", "busy", "voicemail"];

export interface RetryCandidate {
  call: { id: string; status: CallStatus; purpose: CallPurpose };
  booking: { status: BookingStatus };
  /** Calls whose previousCallId is this call (later attempts). */
  followUps: Array<{ id: string; status: CallStatus }>;
  /** Whether a later confirmation call than this one exists (the person chose again since). */
  newerConfirmation: boolean;
  provider: { disabled: boolean; phone: string | null } | null;
  onDoNotCallList: boolean;
}

export type RetryEligibility =
  | {
      allowed: true;
      bookingFrom: BookingStatus[];
      bookingTo: BookingStatus;
      /** An automatic retry still waiting, which this retry replaces. */
      replaces: string[];
    }
  | { allowed: false; reason: string };

const pending: readonly CallStatus[] = ["queued", "scheduled"];

/** The rule's input for one call, from its booking, all of the booking's calls and its provider. */
export function retryCandidateOf(input: {
  call: RetryCandidate["call"] & { createdAt: Date };
  booking: RetryCandidate["booking"];
  bookingCalls: Array<{
    id: string;
    status: CallStatus;
    purpose: string;
    previousCallId: string | null;
    createdAt: Date;
  }>;
  provider: { disabled: boolean; phone: string | null } | null | undefined;
  onDoNotCallList: boolean;
}): RetryCandidate {
  const { call, bookingCalls } = input;
  return {
    call,
    booking: input.booking,
    followUps: bookingCalls.filter((c) => c.previousCallId === call.id),
    newerConfirmation: bookingCalls.some(
      (c) => c.purpose === "confirmation" && c.id !== call.id && c.createdAt > call.createdAt,
    ),
    provider: input.provider ? { disabled: input.provider.disabled, phone: input.provider.phone } : null,
    onDoNotCallList: input.onDoNotCallList,
  };
}

export function retryEligibility(input: RetryCandidate): RetryEligibility {
  const { call, booking, provider } = input;
  const refuse = (reason: string): RetryEligibility => ({ allowed: false, reason });
  if (call.purpose === "release") return refuse("A release call only tells a business a hold is not needed.");
  if (call.purpose === "cancellation" || call.purpose === "reschedule") {
    return refuse(
      "A call about a booked appointment is asked for again by the person, from their booking page.",
    );
  }
  if (!retryableCallStatuses.includes(call.status)) {
    return refuse(
      `Only a failed or unanswered call can be retried; this call is ${call.status.replace("_", " ")}.`,
    );
  }
  if (input.followUps.some((f) => f.status !== "canceled" && !pending.includes(f.status))) {
    return refuse("This call was already tried again; retry its latest attempt instead.");
  }
  if (booking.status === "booked") return refuse("The booking is already booked; no more calls are needed.");
  if (booking.status === "canceled") return refuse("The booking was canceled.");
  if (!provider) return refuse("The business is no longer in the directory.");
  if (provider.disabled) return refuse("The business is disabled; enable it before calling it again.");
  if (!provider.phone) return refuse("The business has no phone number.");
  if (input.onDoNotCallList) return refuse("The business's number is on the do-not-call list.");

  const replaces = input.followUps.filter((f) => pending.includes(f.status)).map((f) => f.id);
  if (call.purpose === "confirmation") {
    if (booking.status !== "awaiting_choice") {
      return refuse("A confirmation call can be retried only while the booking waits for a choice.");
    }
    if (input.newerConfirmation) {
      return refuse("The person chose an offer again since; retry the latest confirmation call.");
    }
    return { allowed: true, bookingFrom: ["awaiting_choice"], bookingTo: "confirming", replaces };
  }
  if (booking.status === "confirming") {
    return refuse("A chosen offer is being confirmed; wait until that call has ended.");
  }
  // A settled booking (offers to choose from, or nothing found) is reopened so the new attempt is dialed.
  return {
    allowed: true,
    bookingFrom: ["processing", "awaiting_choice", "failed"],
    bookingTo: "processing",
    replaces,
  };
}
