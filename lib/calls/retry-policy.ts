// When an ended call is tried again: one table, per outcome. No answer and busy are retried with growing delays,
// voicemail once later, everything else never (a business that asked not to be called, above all); only while the
// booking still needs a slot, and only when the business is open (the next try moves to its next opening).
import type { CallStatus } from "@/db/schema";

export interface RetryPolicyInput {
  status: CallStatus;
  /** 1 for the first try. */
  attempt: number;
  bookingNeedsSlot: boolean;
  /** The business asked not to be called again: never retried, whatever else. */
  optedOut?: boolean;
  retryMax: number;
  retryDelayMinutes: number;
  now: Date;
  /**
   * The first instant at or after `at` when the business may be phoned (its opening hours, not a holiday), or null
   * when it has no such opening soon. Omitted: any time will do (the simulation, a redirected test call).
   */
  nextCallableAt?: (at: Date) => Date | null;
}

export type RetryDecision = { retry: true; at: Date } | { retry: false; reason: string };

const voicemailDelayFactor = 4;

/** How many tries an outcome allows in all (the first one included), so "attempt 2 of 3" can be shown. */
export function maxAttemptsFor(status: CallStatus, retryMax: number): number {
  if (status === "no_answer" || status === "busy") return 1 + retryMax;
  if (status === "voicemail") return 1 + Math.min(1, retryMax);
  return 1;
}

export function decideRetry(input: RetryPolicyInput): RetryDecision {
  if (input.optedOut) return { retry: false, reason: "They asked not to be called again." };
  if (!input.bookingNeedsSlot) return { retry: false, reason: "The booking no longer needs a slot." };
  const decision = retryByOutcome(input);
  if (!decision.retry || !input.nextCallableAt) return decision;
  const open = input.nextCallableAt(decision.at);
  if (!open) return { retry: false, reason: "The business has no opening hours in the next two weeks." };
  return { retry: true, at: open };
}

function retryByOutcome(input: RetryPolicyInput): RetryDecision {
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
