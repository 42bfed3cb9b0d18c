// The chat's daily LLM token budget reserved before a turn and settled after it: turns sent at once cannot all pass
// a budget that fits one, a failing or timed-out model is charged a floor, what the provider reported replaces the
// reservation; and what a turn sends the model stays bounded however long the conversation is.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { taskMessages } from "@/db/schema";
import { readUsage } from "@/db/usage-counters";
import { getCaller } from "@/lib/auth/session";
import { fixedClock } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { budgetNotice, failedTurnTokens } from "@/lib/guardrails/token-budget";
import { historySentToModel, maxMessagesPerTask } from "@/lib/intake/conversation-bounds";
import type { ChatHistoryMessage, IntakeModel, IntakeTurnInput } from "@/lib/intake/intake-model";
import { createOfflineIntakeModel } from "@/lib/intake/offline-extractor";
import { runChatTurn, startTask } from "@/lib/intake/tasks";
import { anonymousSession } from "../helpers";
import { useEnv } from "./support";

const clock = fixedClock("2026-11-25T15:00:00Z");

beforeAll(() => useEnv({ LLM_TOKENS_PER_PERSON_PER_DAY: "1500" }));
afterAll(() => useEnv({ LLM_TOKENS_PER_PERSON_PER_DAY: "60000" }));

async function guestWithTask(): Promise<{ userId: string; taskId: string }> {
  const cookie = await anonymousSession();
  const caller = await getCaller(new Headers({ cookie, host: "127.0.0.1:3000" }));
  const task = await startTask({ userId: caller!.userId, timeZone: "UTC" }, clock);
  return { userId: caller!.userId, taskId: task.id };
}

async function tokensUsedToday(userId: string): Promise<number> {
  return (await readUsage(userId, "2026-11-25", ["person_llm_tokens"])).person_llm_tokens;
}

interface ScriptedModel extends IntakeModel {
  turns: number;
  histories: ChatHistoryMessage[][];
  /** Lets every turn started so far finish. */
  finish(): void;
}

/**
 * A stand-in for an LLM: the offline extractor's answers, each turn held until `finish()`, then reported as the
 * script says (tokens used, a failure the offline extractor covered, or a result that rejects).
 */
function scriptedModel(script: {
  estimate: number;
  tokensUsed?: number;
  modelFailed?: boolean;
  rejects?: boolean;
}): ScriptedModel {
  const offline = createOfflineIntakeModel();
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const model: ScriptedModel = {
    name: "gemini",
    turns: 0,
    histories: [],
    finish,
    estimateTokens: () => script.estimate,
    runTurn(input: IntakeTurnInput) {
      model.turns++;
      model.histories.push(input.history);
      const turn = offline.runTurn(input);
      const result = finished.then(async () => {
        if (script.rejects) throw new Error("the provider's stream broke");
        return { ...(await turn.result), tokensUsed: script.tokensUsed, modelFailed: script.modelFailed };
      });
      return { textStream: turn.textStream, result };
    },
  };
  return model;
}

const turn = (who: { userId: string; taskId: string }, model: IntakeModel, message = "a dentist in Boston") =>
  runChatTurn({ ...who, message }, { model, clock });

async function storeMessages(taskId: string, contents: string[]): Promise<void> {
  await getDb()
    .insert(taskMessages)
    .values(
      contents.map((content, i) => ({
        taskId,
        role: i % 2 === 0 ? ("user" as const) : ("assistant" as const),
        content,
        createdAt: clock.now(),
      })),
    );
}

describe("the daily token budget, reserved before a turn", () => {
  it("lets one of five turns sent at once reach the model when the budget fits one", async () => {
    const who = await guestWithTask();
    const model = scriptedModel({ estimate: 1_000, tokensUsed: 900 });
    const turns = await Promise.all(Array.from({ length: 5 }, () => turn(who, model)));
    expect(model.turns).toBe(1);
    // The one turn's reservation is already counted while it runs.
    expect(await tokensUsedToday(who.userId)).toBe(1_000);

    model.finish();
    const replies = await Promise.all(turns.map(async (running) => (await running.result).reply));
    expect(replies.filter((reply) => reply.startsWith(budgetNotice))).toHaveLength(4);
    // Settled: what the provider reported replaced the reservation.
    expect(await tokensUsedToday(who.userId)).toBe(900);
  });

  it("charges the floor for a turn whose model failed and reported nothing", async () => {
    const who = await guestWithTask();
    const model = scriptedModel({ estimate: 1_200, modelFailed: true });
    model.finish();
    await (
      await turn(who, model)
    ).result;
    expect(await tokensUsedToday(who.userId)).toBe(failedTurnTokens);
  });

  it("charges what a failed turn reported when that is more than the floor", async () => {
    const who = await guestWithTask();
    const model = scriptedModel({ estimate: 1_400, modelFailed: true, tokensUsed: 1_300 });
    model.finish();
    await (
      await turn(who, model)
    ).result;
    expect(await tokensUsedToday(who.userId)).toBe(1_300);
  });

  it("charges the floor for a turn whose result never came", async () => {
    const who = await guestWithTask();
    const model = scriptedModel({ estimate: 1_200, rejects: true });
    model.finish();
    await expect((await turn(who, model)).result).rejects.toThrow(/stream broke/);
    expect(await tokensUsedToday(who.userId)).toBe(failedTurnTokens);
  });

  it("keeps the reservation of a turn whose provider reported no usage", async () => {
    const who = await guestWithTask();
    const model = scriptedModel({ estimate: 1_200 });
    model.finish();
    await (
      await turn(who, model)
    ).result;
    expect(await tokensUsedToday(who.userId)).toBe(1_200);
  });

  it("answers offline, reserving nothing, when one turn's estimate is more than the whole budget", async () => {
    const who = await guestWithTask();
    const model = scriptedModel({ estimate: 1_501 });
    expect((await (await turn(who, model)).result).reply.startsWith(budgetNotice)).toBe(true);
    expect(model.turns).toBe(0);
    expect(await tokensUsedToday(who.userId)).toBe(0);
  });
});

describe("what a turn sends the model", () => {
  it("is the last few messages of a long conversation, not all of it", async () => {
    const who = await guestWithTask();
    await storeMessages(
      who.taskId,
      Array.from({ length: 60 }, (_, i) => `message ${i} `.padEnd(500, "x")),
    );
    const model = scriptedModel({ estimate: 10, tokensUsed: 10 });
    model.finish();
    await (
      await turn(who, model)
    ).result;
    const [history] = model.histories;
    expect(history).toHaveLength(historySentToModel.messages);
    expect(history.at(-1)!.content).toMatch(/^message 59 /);
    expect(history[0].content).toMatch(/^message 48 /);
  });

  it("stays within the character bound when the messages are long", async () => {
    const who = await guestWithTask();
    await storeMessages(
      who.taskId,
      Array.from({ length: 20 }, () => "y".repeat(3_000)),
    );
    const model = scriptedModel({ estimate: 10, tokensUsed: 10 });
    model.finish();
    await (
      await turn(who, model)
    ).result;
    const [history] = model.histories;
    const characters = history.reduce((sum, message) => sum + message.content.length, 0);
    expect(characters).toBeLessThanOrEqual(historySentToModel.characters);
    expect(history).toHaveLength(2);
  });
});

describe("a conversation at its message cap", () => {
  it("takes no more chat turns: 409 with what to do, before the model is asked", async () => {
    const who = await guestWithTask();
    await storeMessages(
      who.taskId,
      Array.from({ length: maxMessagesPerTask - 2 }, (_, i) => `line ${i}`),
    );
    const model = scriptedModel({ estimate: 10, tokensUsed: 10 });
    model.finish();
    await (
      await turn(who, model)
    ).result;

    const refused = await turn(who, model).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(409);
    expect((refused as AppError).message).toMatch(/reached 200 messages.*start a new request/);
    expect(model.turns).toBe(1);
  });
});
