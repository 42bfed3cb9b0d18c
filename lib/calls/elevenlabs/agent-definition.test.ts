import { describe, expect, test } from "vitest";
import { agentDefinition } from "./agent-definition";
import { systemTools } from "./system-tools";

describe("the ElevenLabs agent's system tools", () => {
  test("the agent gets end_call, voicemail_detection, play_keypad_touch_tone and language_detection, each with a description", () => {
    const tools = agentDefinition(["tool_1"], { recordVoice: false }).conversationConfig.agent?.prompt
      ?.builtInTools;
    expect(tools).toBeDefined();
    const byKey = Object.entries(tools!).map(([key, tool]) => [key, tool?.name, tool?.params.systemToolType]);
    expect(byKey).toEqual([
      ["endCall", "end_call", "end_call"],
      ["voicemailDetection", "voicemail_detection", "voicemail_detection"],
      ["playKeypadTouchTone", "play_keypad_touch_tone", "play_keypad_touch_tone"],
      ["languageDetection", "language_detection", "language_detection"],
    ]);
    for (const tool of Object.values(tools!)) expect(tool?.description?.length).toBeGreaterThan(40);
  });

  test("by default voicemail ends the call without a message", () => {
    const tool = systemTools().voicemailDetection!;
    expect(tool.params).toEqual({ systemToolType: "voicemail_detection" });
    expect(tool.description).toContain("without a message");
  });

  test("ELEVENLABS_VOICEMAIL=message leaves a short message that asks for no call back and names no client", () => {
    const tool = agentDefinition([], { recordVoice: false, voicemail: "message" }).conversationConfig.agent
      ?.prompt?.builtInTools?.voicemailDetection;
    const params = tool?.params as { voicemailMessage?: string };
    expect(params.voicemailMessage).toContain("no need to call back");
    expect(params.voicemailMessage).not.toMatch(/client_name|\+\d|phone number/);
    expect(params.voicemailMessage!.length).toBeLessThan(220);
  });

  test("keypad tones are for phone menus towards appointments and keep the agent quiet after pressing", () => {
    const tool = systemTools().playKeypadTouchTone!;
    expect(tool.description).toMatch(/menu/);
    expect(tool.description).toMatch(/appointments/);
    expect(tool.params).toEqual({ systemToolType: "play_keypad_touch_tone", suppressTurnAfterDtmf: true });
  });

  test("the whole system-tool block is a reviewed snapshot", () => {
    expect(systemTools("message")).toMatchSnapshot();
  });
});
