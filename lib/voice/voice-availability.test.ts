import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import { voiceAvailability } from "./voice-availability";

describe("voice availability", () => {
  it("offers nothing from ElevenLabs without its API key (the browser's own speech is used)", () => {
    expect(voiceAvailability(parseConfig({}))).toEqual({ agent: false, speech: false });
  });

  it("reads replies aloud with the API key alone, and talks with the intake agent once it is set too", () => {
    expect(voiceAvailability(parseConfig({ ELEVENLABS_API_KEY: "k" }))).toEqual({
      agent: false,
      speech: true,
    });
    expect(
      voiceAvailability(parseConfig({ ELEVENLABS_API_KEY: "k", ELEVENLABS_INTAKE_AGENT_ID: "agent_intake" })),
    ).toEqual({ agent: true, speech: true });
  });

  it("refuses to start with an intake agent but no API key, naming the missing key", () => {
    expect(() => parseConfig({ ELEVENLABS_INTAKE_AGENT_ID: "agent_intake" })).toThrow(
      /ELEVENLABS_API_KEY: is required for voice intake/,
    );
  });
});
