// Issue 8 on ElevenLabs: npm run elevenlabs:setup sends the agent the vendor's system tools (end call, voicemail,
// keypad tones, language detection) in the documented wire shape, against the API stub.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpElevenLabsAgent } from "@/lib/calls/elevenlabs/agent-setup";
import { parseConfig } from "@/lib/config";
import { startElevenLabsStub, type ElevenLabsStub } from "../support/elevenlabs-stub/server";
import { elevenLabsEnv } from "./support/elevenlabs";

let stub: ElevenLabsStub;
beforeAll(async () => {
  stub = await startElevenLabsStub();
});
afterAll(async () => {
  await stub.close();
});

type WireSystemTool = { type: string; name: string; description: string; params: Record<string, unknown> };

async function provisionedSystemTools(voicemail: "hang_up" | "message") {
  const config = parseConfig({
    ...elevenLabsEnv(stub.url),
    ELEVENLABS_AGENT_ID: undefined,
    ELEVENLABS_AGENT_PHONE_NUMBER_ID: undefined,
    PUBLIC_BASE_URL: "https://callpilot.example.com",
    ELEVENLABS_VOICEMAIL: voicemail,
  });
  const { agentId } = await setUpElevenLabsAgent(config);
  const agent = stub.agents.get(agentId) as {
    conversation_config: { agent: { prompt: { built_in_tools: Record<string, WireSystemTool> } } };
  };
  return agent.conversation_config.agent.prompt.built_in_tools;
}

describe("the agent's system tools on the wire", () => {
  it("are end_call, voicemail_detection, play_keypad_touch_tone and language_detection, in snake_case", async () => {
    const tools = await provisionedSystemTools("hang_up");
    expect(Object.keys(tools).sort()).toEqual([
      "end_call",
      "language_detection",
      "play_keypad_touch_tone",
      "voicemail_detection",
    ]);
    for (const [key, tool] of Object.entries(tools)) {
      expect(tool.type).toBe("system");
      expect(tool.name).toBe(key);
      expect(tool.params.system_tool_type).toBe(key);
      expect(tool.description.length).toBeGreaterThan(40);
    }
    expect(tools.play_keypad_touch_tone.params.suppress_turn_after_dtmf).toBe(true);
    expect(tools.voicemail_detection.params.voicemail_message).toBeUndefined();
  });

  it("with ELEVENLABS_VOICEMAIL=message, voicemail leaves the short callback-free message", async () => {
    const tools = await provisionedSystemTools("message");
    expect(tools.voicemail_detection.params.voicemail_message).toMatch(
      /^Hello \{\{business_name\}\}, this is an AI assistant .* There is no need to call back/,
    );
  });
});
