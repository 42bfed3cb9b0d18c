// The LLM intake model (Gemini or OpenAI through the AI SDK): asks the model for a structured reply and request,
// streams the reply as it grows, and settles the request like the offline path. If the model fails or returns
// something unusable, the offline extractor answers that turn instead, so the person always gets a reply. Each turn's
// output is capped, so its cost has a ceiling that the daily token budget reserves before the turn runs.
import { Output, streamText, type LanguageModel, type LanguageModelUsage, type ModelMessage } from "ai";
import { DateTime } from "luxon";
import { z } from "zod";
import { renderIntakePrompt } from "@/prompts/intake";
import { logger } from "../logger";
import { serviceTypes } from "./booking-request";
import type { IntakeModel, IntakeTurn, IntakeTurnInput, IntakeTurnResult } from "./intake-model";
import { settleTurn } from "./attention";
import { intakeOutputSchema, toBookingRequest } from "./llm-output";
import { runOfflineTurn } from "./offline-extractor";
import { createTextChannel, wordChunks, type TextChannel } from "./text-channel";

export interface LlmIntakeOptions {
  name: "gemini" | "openai";
  model: LanguageModel;
  /** Give up on the model after this long and answer offline. */
  timeoutMs?: number;
}

/**
 * The most tokens one turn's output may take. Gemini 2.5 counts its thinking in it too; a turn that runs past it is
 * cut off, and the offline extractor answers (charged what the provider reports it used).
 */
export const maxOutputTokens = 4_096;

// English runs about four characters to a token; counting three leaves room for numbers, names and other scripts.
const charactersPerToken = 3;
// The structured output's JSON schema travels with every request as well.
const outputSchemaCharacters = JSON.stringify(z.toJSONSchema(intakeOutputSchema)).length;

export function createLlmIntakeModel(options: LlmIntakeOptions): IntakeModel {
  return {
    name: options.name,
    estimateTokens(input: IntakeTurnInput): number {
      const { system, messages } = modelRequest(input);
      const sent = messages.reduce((sum, message) => sum + String(message.content).length, system.length);
      return Math.ceil((sent + outputSchemaCharacters) / charactersPerToken) + maxOutputTokens;
    },
    runTurn(input: IntakeTurnInput): IntakeTurn {
      const channel = createTextChannel();
      // runModelTurn answers offline on any failure it sees; this catch is for a failure in that answer itself.
      const result = runModelTurn(input, channel, options)
        .catch(() => ({ ...answerOffline(input, channel, ""), modelFailed: true }))
        .finally(() => channel.close());
      return { textStream: channel.stream, result };
    },
  };
}

async function runModelTurn(
  input: IntakeTurnInput,
  channel: TextChannel,
  { name, model, timeoutMs = 30_000 }: LlmIntakeOptions,
): Promise<IntakeTurnResult> {
  let streamFailure: unknown = null;
  let streamed = "";
  // What the provider reported for each finished step: a turn that fails after its step (output that is not the
  // JSON asked for, or cut off at the output cap) was still paid for.
  let reportedTokens: number | undefined;
  try {
    const response = streamText({
      model,
      ...modelRequest(input),
      output: Output.object({ schema: intakeOutputSchema, name: "intake_turn" }),
      maxOutputTokens,
      timeout: timeoutMs,
      maxRetries: 1,
      onStepFinish: ({ usage }) => {
        const tokens = tokensOf(usage);
        if (tokens !== undefined) reportedTokens = (reportedTokens ?? 0) + tokens;
      },
      onError: ({ error }) => {
        streamFailure = error;
      },
    });

    for await (const partial of response.partialOutputStream) {
      const reply = partial.reply;
      // Only the new end of the reply goes out; a partial that is not an extension (a repaired escape) waits.
      if (typeof reply === "string" && reply.length > streamed.length && reply.startsWith(streamed)) {
        channel.write(reply.slice(streamed.length));
        streamed = reply;
      }
    }
    if (streamFailure) throw streamFailure;

    const output = await response.output;
    if (output.reply.startsWith(streamed)) {
      channel.write(output.reply.slice(streamed.length));
      streamed = output.reply;
    }
    if (streamed.trim() === "") throw new Error("the model returned an empty reply");

    const proposed = toBookingRequest(output.request, input.current);
    const attention = output.attention?.trim() || null;
    const settled = settleTurn(input.current, proposed, input.now, input.timeZone, attention);
    return {
      reply: streamed,
      request: settled.request,
      attention: settled.attention,
      tokensUsed: tokensOf(await response.totalUsage),
    };
  } catch (error) {
    logger.warn("the intake model failed; the offline extractor answered this turn", { model: name, error });
    return { ...answerOffline(input, channel, streamed), modelFailed: true, tokensUsed: reportedTokens };
  }
}

/** What the model is sent for a turn: the system prompt (with the request as it stands) and the conversation. */
function modelRequest(input: IntakeTurnInput): { system: string; messages: ModelMessage[] } {
  return {
    system: renderIntakePrompt({
      today: DateTime.fromJSDate(input.now, { zone: input.timeZone })
        .setLocale("en-GB")
        .toFormat("cccc d LLLL yyyy, HH:mm"),
      timeZone: input.timeZone,
      currentRequest: input.current,
      serviceTypes,
    }),
    messages: toModelMessages(input),
  };
}

/** Every token the turn cost (input and output): the provider's total when it reports one; undefined when none. */
function tokensOf(usage: LanguageModelUsage): number | undefined {
  if (usage.totalTokens !== undefined) return usage.totalTokens;
  if (usage.inputTokens === undefined && usage.outputTokens === undefined) return undefined;
  return (usage.inputTokens ?? 0) + (usage.outputTokens ?? 0);
}

/** The offline extractor's turn, streamed after whatever part of the model's reply the person already saw. */
function answerOffline(
  input: IntakeTurnInput,
  channel: TextChannel,
  alreadyStreamed: string,
): IntakeTurnResult {
  const offline = runOfflineTurn(input);
  const reply = alreadyStreamed === "" ? offline.reply : `${alreadyStreamed}\n\n${offline.reply}`;
  if (alreadyStreamed !== "") channel.write("\n\n");
  for (const chunk of wordChunks(offline.reply)) channel.write(chunk);
  return { ...offline, reply };
}

function toModelMessages({ history, message }: IntakeTurnInput): ModelMessage[] {
  return [
    ...history.map((turn): ModelMessage =>
      turn.role === "user"
        ? { role: "user", content: turn.content }
        : { role: "assistant", content: turn.content },
    ),
    { role: "user", content: message },
  ];
}
