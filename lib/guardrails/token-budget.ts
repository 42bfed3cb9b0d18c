// The chat's daily LLM token budget per person: a turn runs on the configured model while the person has tokens
// left today (UTC), and on the offline extractor after that, with a sentence telling them why. Tokens are counted
// from the AI SDK's reported usage once each turn ends, so the turn that crosses the budget finishes on the model.
import { addUsage, readUsage } from "@/db/usage-counters";
import type { IntakeModel, IntakeTurn } from "@/lib/intake/intake-model";
import { createOfflineIntakeModel } from "@/lib/intake/offline-extractor";
import { utcDay } from "./day";
import { limitsFor } from "./limits";

export const budgetNotice =
  "(You have used today's allowance of the AI assistant, so CallPilot's built-in assistant answers until midnight UTC. It understands the usual requests too.)";

/** The model for this person's next turn: the configured one within budget, the offline extractor past it. */
export async function modelWithinBudget(userId: string, model: IntakeModel, now: Date): Promise<IntakeModel> {
  if (model.name === "offline") return model;
  const [limits, usage] = await Promise.all([
    limitsFor(userId),
    readUsage(userId, utcDay(now), ["person_llm_tokens"]),
  ]);
  if (usage.person_llm_tokens < limits.llmTokensPerDay) return model;
  return withNotice(createOfflineIntakeModel(), budgetNotice);
}

export async function recordTokensUsed(userId: string, tokens: number | undefined, now: Date): Promise<void> {
  if (!tokens) return;
  await addUsage({ scope: "person_llm_tokens", key: userId, day: utcDay(now), amount: Math.round(tokens) });
}

/** The same model, its reply opened by a notice (streamed first, and kept in the stored reply). */
function withNotice(model: IntakeModel, notice: string): IntakeModel {
  return {
    name: model.name,
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
