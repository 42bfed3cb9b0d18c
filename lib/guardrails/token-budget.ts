// The chat's daily LLM token budget per person (the UTC day). Before a turn runs on the configured model, the most
// it may cost (the model's own estimate) is reserved from the budget by one conditional upsert, so turns sent at the
// same moment cannot all pass a check made before any of them is charged; a turn whose reservation does not fit is
// answered by the offline extractor, with a sentence saying why. Once the turn ends, what the provider reported
// replaces the reservation. A turn whose model failed or timed out still costs at least a floor: the provider may
// have billed it, and a turn that fails must not be free to repeat.
import { addUsage, refundUsage, tryCharge } from "@/db/usage-counters";
import type { IntakeModel, IntakeTurn, IntakeTurnInput, IntakeTurnResult } from "@/lib/intake/intake-model";
import { createOfflineIntakeModel } from "@/lib/intake/offline-extractor";
import { logger } from "@/lib/logger";
import { utcDay } from "./day";
import { limitsFor } from "./limits";

export const budgetNotice =
  "(You have used today's allowance of the AI assistant, so CallPilot's built-in assistant answers until midnight UTC. It understands the usual requests too.)";

/** Tokens a turn whose model failed or timed out is charged at least. */
export const failedTurnTokens = 1_000;

interface Reservation {
  userId: string;
  /** The UTC day charged: the turn's, even when it ends after midnight. */
  day: string;
  tokens: number;
}

/**
 * One chat turn within the person's budget: on the model when its reservation fits, else on the offline extractor
 * with the notice. The turn's result settles once the reservation is settled.
 */
export async function runTurnWithinBudget(
  userId: string,
  model: IntakeModel,
  input: IntakeTurnInput,
): Promise<IntakeTurn> {
  if (model.name === "offline") return model.runTurn(input);
  const reservation = await reserveTokens(userId, model.estimateTokens(input), input.now);
  if (!reservation) return withNotice(createOfflineIntakeModel(), budgetNotice).runTurn(input);
  const turn = model.runTurn(input);
  const result = turn.result.then(
    async (outcome) => {
      await settle(reservation, tokensToCharge(outcome, reservation.tokens));
      return outcome;
    },
    async (error: unknown) => {
      await settle(reservation, failedTurnTokens);
      throw error;
    },
  );
  return { textStream: turn.textStream, result };
}

/**
 * Other LLM work a person causes (translating a call's transcript for them): run only if its most expensive cost
 * fits in what is left of today's budget (null, nothing run, when it does not), then charged what the provider
 * reported, or the reservation when it reported nothing; work that throws is charged at least the failed-turn floor.
 */
export async function runWithinTokenBudget<T>(
  userId: string,
  estimatedTokens: number,
  now: Date,
  work: () => Promise<{ value: T; tokensUsed?: number }>,
): Promise<{ value: T } | null> {
  const reservation = await reserveTokens(userId, estimatedTokens, now);
  if (!reservation) return null;
  let outcome: { value: T; tokensUsed?: number };
  try {
    outcome = await work();
  } catch (error) {
    await settle(reservation, failedTurnTokens);
    throw error;
  }
  await settle(reservation, outcome.tokensUsed ?? reservation.tokens);
  return { value: outcome.value };
}

/** Reserves the tokens if they fit in what is left of today's budget; null (nothing reserved) when they do not. */
async function reserveTokens(userId: string, tokens: number, now: Date): Promise<Reservation | null> {
  const limits = await limitsFor(userId);
  const reservation = { userId, day: utcDay(now), tokens: Math.max(1, Math.ceil(tokens)) };
  const reserved = await tryCharge({
    scope: "person_llm_tokens",
    key: userId,
    day: reservation.day,
    amount: reservation.tokens,
    limit: limits.llmTokensPerDay,
  });
  return reserved ? reservation : null;
}

/**
 * What a finished turn costs: what the provider reported, at least the floor when the model failed; a successful
 * turn whose provider reported nothing keeps its reservation, the most it could have cost.
 */
export function tokensToCharge(
  outcome: Pick<IntakeTurnResult, "tokensUsed" | "modelFailed">,
  reserved: number,
): number {
  if (outcome.modelFailed) return Math.max(outcome.tokensUsed ?? 0, failedTurnTokens);
  return outcome.tokensUsed ?? reserved;
}

/** Replaces the reservation by the charge. Its failure is logged, not passed on: the reservation then stands. */
async function settle(reservation: Reservation, tokens: number): Promise<void> {
  const difference = Math.round(tokens) - reservation.tokens;
  const counter = { scope: "person_llm_tokens" as const, key: reservation.userId, day: reservation.day };
  try {
    if (difference > 0) await addUsage({ ...counter, amount: difference });
    else if (difference < 0) await refundUsage({ ...counter, amount: -difference });
  } catch (error) {
    logger.error("a chat turn's token reservation could not be settled; it stays charged", {
      error,
      userId: reservation.userId,
    });
  }
}

/** The same model, its reply opened by a notice (streamed first, and kept in the stored reply). */
function withNotice(model: IntakeModel, notice: string): IntakeModel {
  return {
    name: model.name,
    estimateTokens: (input) => model.estimateTokens(input),
    runTurn(input): IntakeTurn {
      const turn = model.runTurn(input);
      async function* textStream() {
        yield `${notice}\n\n`;
        yield* turn.textStream;
      }
      return {
        textStream: textStream(),
        result: turn.result.then((result) => ({ ...result, reply: `${notice}\n\n${result.reply}` })),
      };
    },
  };
}
