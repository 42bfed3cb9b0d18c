// When an ended call is tried again: one table, per outcome. No answer and busy are retried with growing delays,
// voicemail once later, everything else never; and only while the booking still needs a slot.
import type { CallStatus } from "@/db/schema";

export interface RetryPolicyInput {
  status: CallStatus;
  /** 1 for the first try. */
  attempt: number;
  bookingNeedsSlot: boolean;
  retryMax: number;
  retryDelayMinutes: number;
  now: Date;
}

export type RetryDecision = { retry: true; at: Date } | { retry: false; reason: string };

const voicemailDelayFactor = 4;

export function decideRetry(input: RetryPolicyInput): RetryDecision {
  if (!input.bookingNeedsSlot) return { retry: false, reason: "The booking no longer needs a slot." };
  const retriesSoFar = input.attempt - 1;
  switch (input.status) {
    case "no_answer":
    case "busy": {
      if (retriesSoFar >= input.retryMax) return { retry: false, reason: `Tried ${input.attempt} times.` };
      const delayMinutes = input.retryDelayMinutes * 2 ** retriesSoFar;
      return { retry: true, at: new Date(input.now.getTime() + delayMinutes * 60_000) };
    }
    case "voicemail": {
      if (retriesSoFar >= Math.min(1, input.retryMax))
        return { retry: false, reason: "Voicemail is retried once." };
      return {
        retry: true,
        at: new Date(input.now.getTime() + input.retryDelayMinutes * voicemailDelayFactor * 60_000),
      };
    }
    default:
      return { retry: false, reason: `A ${input.status.replace("_", " ")} call is not retried.` };
  }
}
