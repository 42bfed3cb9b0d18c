import { describe, expect, it } from "vitest";
import { parseConfig } from "../config";
import { chooseIntakeModel, createIntakeModel } from "./select-model";

describe("createIntakeModel", () => {
  it.each([
    [{}, "offline"],
    [{ OPENAI_API_KEY: "sk-test" }, "openai"],
    [{ GOOGLE_GENERATIVE_AI_API_KEY: "g-test" }, "gemini"],
    [{ GOOGLE_GENERATIVE_AI_API_KEY: "g-test", OPENAI_API_KEY: "sk-test" }, "gemini"],
    [{ INTAKE_MODEL: "offline", GOOGLE_GENERATIVE_AI_API_KEY: "g-test" }, "offline"],
    [{ INTAKE_MODEL: "openai", GOOGLE_GENERATIVE_AI_API_KEY: "g-test", OPENAI_API_KEY: "sk-test" }, "openai"],
    [{ INTAKE_MODEL: "gemini", GOOGLE_GENERATIVE_AI_API_KEY: "g-test", OPENAI_API_KEY: "sk-test" }, "gemini"],
  ])("with %o picks %s", (env, expected) => {
    const config = parseConfig(env);
    expect(chooseIntakeModel(config)).toBe(expected);
    expect(createIntakeModel(config).name).toBe(expected);
  });

  it("treats a blank key as no key", () => {
    expect(createIntakeModel(parseConfig({ GOOGLE_GENERATIVE_AI_API_KEY: "  " })).name).toBe("offline");
  });
});
