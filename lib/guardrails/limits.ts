// A person's daily limits (the configured defaults, or an admin's change), the charges that count bookings and
// calls against them, what is left today, and the 429 sentence when a limit is reached.
import { getPersonLimitOverrides } from "@/db/person-limits";
import { readUsage, UsageLimitReached, type UsageCharge } from "@/db/usage-counters";
import type { Clock } from "@/lib/clock";
import { getConfig, type AppConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { sentence, type WrittenSentence } from "@/lib/sentences/sentence";
import { nextUtcMidnight, secondsUntilUtcMidnight, untilUtcMidnight, utcDay } from "./day";

export interface PersonLimits {
  bookingsPerDay: number;
  callsPerDay: number;
  llmTokensPerDay: number;
  /** Which limits an admin set for this person (the others are the defaults). */
  custom: { bookingsPerDay: boolean; callsPerDay: boolean; llmTokensPerDay: boolean };
}

export async function limitsFor(userId: string, config: AppConfig = getConfig()): Promise<PersonLimits> {
  const overrides = await getPersonLimitOverrides(userId);
  return {
    bookingsPerDay: overrides.bookingsPerDay ?? config.BOOKINGS_PER_PERSON_PER_DAY,
    callsPerDay: overrides.callsPerDay ?? config.CALLS_PER_PERSON_PER_DAY,
    llmTokensPerDay: overrides.llmTokensPerDay ?? config.LLM_TOKENS_PER_PERSON_PER_DAY,
    custom: {
      bookingsPerDay: overrides.bookingsPerDay !== null,
      callsPerDay: overrides.callsPerDay !== null,
      llmTokensPerDay: overrides.llmTokensPerDay !== null,
    },
  };
}

/** A new booking counts once against the person's bookings and once per call it queues against their calls. */
export function bookingCharges(
  userId: string,
  callCount: number,
  limits: PersonLimits,
  now: Date,
): UsageCharge[] {
  const day = utcDay(now);
  return [
    { scope: "person_bookings", key: userId, day, amount: 1, limit: limits.bookingsPerDay },
    { scope: "person_calls", key: userId, day, amount: callCount, limit: limits.callsPerDay },
  ];
}

/** A new chat request (task) counts once against the person's tasks for the day. */
export function taskCharge(userId: string, now: Date, config: AppConfig = getConfig()): UsageCharge {
  return {
    scope: "person_tasks",
    key: userId,
    day: utcDay(now),
    amount: 1,
    limit: config.TASKS_PER_PERSON_PER_DAY,
  };
}

/** One more call for the person: an automatic retry or a confirmation call. */
export function personCallCharge(userId: string, limits: PersonLimits, now: Date): UsageCharge {
  return { scope: "person_calls", key: userId, day: utcDay(now), amount: 1, limit: limits.callsPerDay };
}

export interface AllowanceItem {
  used: number;
  limit: number;
  left: number;
}

export interface Allowance {
  /** The UTC day counted. */
  day: string;
  resets_at: string;
  bookings: AllowanceItem;
  calls: AllowanceItem;
  llm_tokens: AllowanceItem;
  custom: PersonLimits["custom"];
}

/** How much of today's allowance a person has used and has left. */
export async function allowanceFor(userId: string, clock: Clock): Promise<Allowance> {
  const now = clock.now();
  const day = utcDay(now);
  const [limits, usage] = await Promise.all([
    limitsFor(userId),
    readUsage(userId, day, ["person_bookings", "person_calls", "person_llm_tokens"]),
  ]);
  const item = (used: number, limit: number): AllowanceItem => ({
    used,
    limit,
    left: Math.max(0, limit - used),
  });
  return {
    day,
    resets_at: nextUtcMidnight(now).toISOString(),
    bookings: item(usage.person_bookings, limits.bookingsPerDay),
    calls: item(usage.person_calls, limits.callsPerDay),
    llm_tokens: item(usage.person_llm_tokens, limits.llmTokensPerDay),
    custom: limits.custom,
  };
}

/** The 429 a person sees when one of their daily limits stops a booking or a call, with Retry-After. */
export function limitReachedError(reached: UsageLimitReached, now: Date): AppError {
  const { charge, used } = reached;
  const left = Math.max(0, charge.limit - used);
  const retry = retryAfterMidnight(now);
  let message: WrittenSentence;
  if (charge.scope === "person_bookings") {
    message = sentence("errorBookingsPerDay", { used, retry });
  } else if (charge.scope === "person_tasks") {
    message = sentence("errorRequestsPerDay", { used, retry });
  } else if (charge.scope === "person_calls" && left > 0 && charge.amount > left) {
    message = sentence("errorCallsLeft", { amount: charge.amount, left, limit: charge.limit, retry });
  } else if (charge.scope === "person_calls") {
    message = sentence("errorCallsUsed", { limit: charge.limit, retry });
  } else {
    message = sentence("errorDailyLimit", { retry });
  }
  return new AppError("rate_limited", message, { "Retry-After": String(secondsUntilUtcMidnight(now)) });
}

/** "You can try again after midnight UTC (3 h 05 min from now).", in the reader's language. */
export function retryAfterMidnight(now: Date): WrittenSentence {
  return sentence("errorRetryAfterMidnight", untilUtcMidnight(now));
}
