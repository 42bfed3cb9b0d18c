// Chooses the intake model once from configuration: Gemini or OpenAI when a key is set (or forced), else offline.
// The same model construction serves every LLM use (the Twilio script reads a business's replies with it).
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import type { AppConfig } from "../config";
import type { IntakeModel } from "./intake-model";
import { createLlmIntakeModel } from "./llm-intake";
import { createOfflineIntakeModel } from "./offline-extractor";

type IntakeConfig = Pick<
  AppConfig,
  "INTAKE_MODEL" | "GOOGLE_GENERATIVE_AI_API_KEY" | "GEMINI_MODEL" | "OPENAI_API_KEY" | "OPENAI_MODEL"
>;

export function createIntakeModel(config: IntakeConfig): IntakeModel {
  const chosen = createLanguageModel(config);
  return chosen ? createLlmIntakeModel(chosen) : createOfflineIntakeModel();
}

/** The configured LLM (also used to read a business's replies on scripted calls); null when none is configured. */
export function createLanguageModel(
  config: IntakeConfig,
): { name: "gemini" | "openai"; model: LanguageModel } | null {
  const choice = chooseIntakeModel(config);
  if (choice === "gemini") {
    const google = createGoogleGenerativeAI({ apiKey: config.GOOGLE_GENERATIVE_AI_API_KEY });
    return { name: "gemini", model: google(config.GEMINI_MODEL) };
  }
  if (choice === "openai") {
    const openai = createOpenAI({ apiKey: config.OPENAI_API_KEY });
    return { name: "openai", model: openai(config.OPENAI_MODEL) };
  }
  return null;
}

/** "auto" prefers Gemini, then OpenAI, by which key is set; the config schema already rejects a forced choice without its key. */
export function chooseIntakeModel(config: IntakeConfig): IntakeModel["name"] {
  if (config.INTAKE_MODEL !== "auto") return config.INTAKE_MODEL;
  if (config.GOOGLE_GENERATIVE_AI_API_KEY) return "gemini";
  if (config.OPENAI_API_KEY) return "openai";
  return "offline";
}
