import { describe, expect, it } from "vitest";
import { elevenLabsEnabled, parseConfig } from "@/lib/config";

const all = {
  ELEVENLABS_API_KEY: "key",
  ELEVENLABS_AGENT_ID: "agent_1",
  ELEVENLABS_AGENT_PHONE_NUMBER_ID: "phnum_1",
  ELEVENLABS_WEBHOOK_SECRET: "wsec_1",
};

describe("ElevenLabs settings", () => {
  it("turn the ElevenLabs dialer on only with the API key, agent id and phone number id", () => {
    expect(elevenLabsEnabled(parseConfig(all))).toBe(true);
    expect(elevenLabsEnabled(parseConfig({}))).toBe(false);
    expect(elevenLabsEnabled(parseConfig({ ELEVENLABS_API_KEY: "key" }))).toBe(false);
  });

  it("accept the API key alone or with the agent id (the setup step)", () => {
    expect(() => parseConfig({ ELEVENLABS_API_KEY: "key" })).not.toThrow();
    expect(() => parseConfig({ ELEVENLABS_API_KEY: "key", ELEVENLABS_AGENT_ID: "agent_1" })).not.toThrow();
  });

  it("refuse a half configuration, naming what is missing", () => {
    expect(() => parseConfig({ ELEVENLABS_AGENT_ID: "agent_1" })).toThrow(/ELEVENLABS_API_KEY: is not set/);
    expect(() =>
      parseConfig({ ELEVENLABS_API_KEY: "key", ELEVENLABS_AGENT_PHONE_NUMBER_ID: "phnum_1" }),
    ).toThrow(/ELEVENLABS_AGENT_ID: is not set/);
  });

  it("require the webhook secret once calls go through ElevenLabs, without printing the key", () => {
    expect(() => parseConfig({ ...all, ELEVENLABS_WEBHOOK_SECRET: undefined })).toThrow(
      /ELEVENLABS_WEBHOOK_SECRET: is required/,
    );
  });

  it("default to the real API and accept a stub's address", () => {
    expect(parseConfig({}).ELEVENLABS_BASE_URL).toBe("https://api.elevenlabs.io");
    expect(parseConfig({ ELEVENLABS_BASE_URL: "http://127.0.0.1:4010" }).ELEVENLABS_BASE_URL).toBe(
      "http://127.0.0.1:4010",
    );
    expect(() => parseConfig({ ELEVENLABS_BASE_URL: "not a url" })).toThrow(/ELEVENLABS_BASE_URL/);
  });
});
