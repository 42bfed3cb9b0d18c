// Puts transcript lines into another language with the configured LLM (AI SDK structured output): one request for a
// batch of lines, its output capped by the batch's size so its cost has a ceiling the person's daily token budget can
// reserve before it runs. Offline there is no translator: the page shows each line as spoken, labelled.
import { generateText, Output, type LanguageModel } from "ai";
import { z } from "zod";
import type { CallLanguage } from "@/lib/providers/provider-language";
import {
  renderTranscriptTranslationPrompt,
  type TranslationPromptLine,
} from "@/prompts/transcript-translation";

export type LineToTranslate = TranslationPromptLine;

export interface TranscriptTranslator {
  readonly name: "gemini" | "openai";
  /** The most tokens translating these lines may use: what is reserved from the budget before it runs. */
  estimateTokens(lines: readonly LineToTranslate[], to: CallLanguage): number;
  /** One translation per line, in order; throws when the model fails or answers with another number of lines. */
  translate(
    lines: readonly LineToTranslate[],
    to: CallLanguage,
  ): Promise<{ texts: string[]; tokensUsed?: number }>;
}

// A rough, generous characters-per-token ratio for these languages, and room for the JSON around the output.
const charactersPerToken = 3;
const outputOverheadTokens = 64;
const translationsSchema = z.object({ translations: z.array(z.string()) });

export function createLlmTranscriptTranslator(options: {
  name: "gemini" | "openai";
  model: LanguageModel;
  timeoutMs?: number;
}): TranscriptTranslator {
  // A translation is a little longer than its original at most; German runs about a third longer than English.
  const maxOutputTokensFor = (lines: readonly LineToTranslate[]) =>
    Math.ceil((characters(lines) * 1.5) / charactersPerToken) + outputOverheadTokens;
  return {
    name: options.name,
    estimateTokens(lines, to) {
      const { system, prompt } = renderTranscriptTranslationPrompt(lines, to);
      return Math.ceil((system.length + prompt.length) / charactersPerToken) + maxOutputTokensFor(lines);
    },
    async translate(lines, to) {
      const { output, usage } = await generateText({
        model: options.model,
        ...renderTranscriptTranslationPrompt(lines, to),
        output: Output.object({ schema: translationsSchema, name: "transcript_translations" }),
        maxOutputTokens: maxOutputTokensFor(lines),
        timeout: options.timeoutMs ?? 20_000,
        maxRetries: 1,
      });
      if (output.translations.length !== lines.length) {
        throw new Error(
          `the model translated ${output.translations.length} lines of ${lines.length}; nothing is kept`,
        );
      }
      return {
        texts: output.translations.map((text) => text.trim()),
        tokensUsed: usage.totalTokens ?? undefined,
      };
    },
  };
}

function characters(lines: readonly LineToTranslate[]): number {
  return lines.reduce((sum, line) => sum + line.text.length, 0);
}
