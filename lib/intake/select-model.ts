// Chooses the intake model once from configuration: Gemini or OpenAI when a key is set (or forced), else offline.
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import type { AppConfig } from "../config";
import type { IntakeModel } from "./intake-model";
import { createLlmIntakeModel } from "./llm-intake";
import { createOfflineIntakeModel } from "./offline-extractor";

type IntakeConfig = Pick<
  AppConfig,
  "INTAKE_MODEL" | "GOOGLE_GENERATIVE_AI_API_KEY" | "GEMINI_MODEL" | "OPENAI_API_KEY" | "OPENAI_MODEL"
>;

export function createIntakeModel(config: IntakeConfig): IntakeModel {
  const choice = chooseIntakeModel(config);
  if (choice === "gemini") {
    const google = createGoogleGenerativeAI({ apiKey: config.GOOGLE_GENERATIVE_AI_API_KEY });
    return createLlmIntakeModel({ name: "gemini", model: google(config.GEMINI_MODEL) });
  }
  if (choice === "openai") {
    const openai = createOpenAI({ apiKey: config.OPENAI_API_KEY });
    return createLlmIntakeModel({ name: "openai", model: openai(config.OPENAI_MODEL) });
  }
  return createOfflineIntakeModel();
}

/** "auto" prefers Gemini, then OpenAI, by which key is set; the config schema already rejects a forced choice without its key. */
export function chooseIntakeModel(config: IntakeConfig): IntakeModel["name"] {
  if (config.INTAKE_MODEL !== "auto") return config.INTAKE_MODEL;
  if (config.GOOGLE_GENERATIVE_AI_API_KEY) return "gemini";
  if (config.OPENAI_API_KEY) return "openai";
  return "offline";
}
