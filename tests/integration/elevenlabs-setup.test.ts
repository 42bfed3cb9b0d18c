// npm run elevenlabs:setup's function against the API stub: what it creates, that a second run changes nothing, and
// that it updates only what differs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpElevenLabsAgent } from "@/lib/calls/elevenlabs/agent-setup";
import { parseConfig, type AppConfig } from "@/lib/config";
import { startElevenLabsStub, type ElevenLabsStub } from "../support/elevenlabs-stub/server";
import { elevenLabsEnv } from "./support/elevenlabs";

let stub: ElevenLabsStub;
beforeAll(async () => {
  stub = await startElevenLabsStub();
});
afterAll(async () => {
  await stub.close();
});

function setupConfig(extra: Record<string, string | undefined> = {}): AppConfig {
  const env: Record<string, string | undefined> = {
    ...elevenLabsEnv(stub.url),
    ELEVENLABS_AGENT_ID: undefined,
    ELEVENLABS_AGENT_PHONE_NUMBER_ID: undefined,
    PUBLIC_BASE_URL: "https://callpilot.example.com",
    ...extra,
  };
  return parseConfig(env);
}

const writes = () =>
  [...stub.requestCounts.entries()]
    .filter(([key]) => key.startsWith("POST") || key.startsWith("PATCH"))
    .reduce((sum, [, count]) => sum + count, 0);

describe("elevenlabs:setup", () => {
  let agentId: string;

  it("creates the four server tools, the hand-over tool and the agent, and says what it changed", async () => {
    const report = await setUpElevenLabsAgent(setupConfig());
    agentId = report.agentId;
    expect(report.agentCreated).toBe(true);
    expect(report.changes).toHaveLength(6);
    expect(report.notes.join("\n")).toContain(`ELEVENLABS_AGENT_ID=${agentId}`);
    expect(report.webhookUrl).toBe("https://callpilot.example.com/api/elevenlabs/webhook");

    const tools = [...stub.tools.values()] as Array<{
      name: string;
      api_schema: {
        url: string;
        request_headers: Record<string, unknown>;
        request_body_schema: { properties: Record<string, { dynamic_variable?: string }> };
      };
    }>;
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      "ask_client",
      "check_availability",
      "report_outcome",
      "request_booking",
      "transfer_to_number",
    ]);
    const check = tools.find((tool) => tool.name === "check_availability")!;
    expect(check.api_schema.url).toBe(
      "https://callpilot.example.com/api/elevenlabs/tools/check-availability",
    );
    expect(check.api_schema.request_headers).toEqual({
      "x-callpilot-tool-token": { variable_name: "secret__tool_token" },
    });
    expect(check.api_schema.request_body_schema.properties.call_id).toEqual({
      type: "string",
      dynamic_variable: "call_id",
    });

    const agent = stub.agents.get(agentId) as {
      conversation_config: {
        agent: { prompt: { tool_ids: string[]; prompt: string } };
        language_presets?: Record<string, { overrides: { agent: { first_message: string } } }>;
      };
      platform_settings: {
        overrides: {
          conversation_config_override: {
            agent: { first_message: boolean; prompt: { prompt: boolean; tool_ids: boolean } };
          };
        };
        data_collection: Record<string, { type: string; description: string }>;
      };
    };
    // The agent's own tools are the webhook ones; the transfer is added per call, only when allowed (issue 16).
    const webhookToolIds = [...stub.tools.entries()]
      .filter(([, tool]) => tool.type === "webhook")
      .map(([id]) => id);
    expect([...agent.conversation_config.agent.prompt.tool_ids].sort()).toEqual(webhookToolIds.sort());
    // language: each call speaks its business's language (issue 17), one of the presets declared on the agent.
    expect(agent.platform_settings.overrides.conversation_config_override.agent).toEqual({
      first_message: true,
      language: true,
      prompt: { prompt: true, tool_ids: true },
    });
    expect(Object.keys(agent.conversation_config.language_presets ?? {}).sort()).toEqual(["de", "es", "fr"]);
    expect(agent.conversation_config.language_presets?.fr.overrides.agent.first_message).toMatch(
      /^Bonjour — Je suis un assistant IA/,
    );
    expect(Object.keys(agent.platform_settings.data_collection).sort()).toEqual([
      "booked_slot",
      "client_asked_for",
      "failure_reason",
      "hold_agreed",
      "offered_slots",
      "outcome",
      "price",
      "requirements",
      "summary",
    ]);
    expect(agent.platform_settings.data_collection.booked_slot.description).toMatch(/ISO 8601/);
    expect(agent.platform_settings.data_collection.hold_agreed).toMatchObject({ enum: ["yes", "no"] });
  });

  it("a second run finds everything as wanted and writes nothing", async () => {
    const before = writes();
    const report = await setUpElevenLabsAgent(setupConfig({ ELEVENLABS_AGENT_ID: agentId }));
    expect(report.changes).toEqual([]);
    expect(report.agentCreated).toBe(false);
    expect(writes()).toBe(before);
  });

  it("a new public address updates the tools only", async () => {
    const report = await setUpElevenLabsAgent(
      setupConfig({ ELEVENLABS_AGENT_ID: agentId, PUBLIC_BASE_URL: "https://new.example.com" }),
    );
    expect(report.changes).toHaveLength(4);
    expect(
      report.changes.every((change) => change.startsWith("updated the") && change.includes("tool")),
    ).toBe(true);
    const urls = [...stub.tools.values()]
      .filter((tool) => tool.type === "webhook")
      .map((tool) => (tool.api_schema as { url: string }).url);
    expect(urls.every((url) => url.startsWith("https://new.example.com/api/elevenlabs/tools/"))).toBe(true);
  });

  it("brings an existing agent in line and checks the calling number", async () => {
    const report = await setUpElevenLabsAgent(
      setupConfig({
        ELEVENLABS_AGENT_ID: "agent_test",
        ELEVENLABS_AGENT_PHONE_NUMBER_ID: "phnum_test",
        PUBLIC_BASE_URL: "https://new.example.com",
      }),
    );
    expect(report.changes).toEqual([
      "updated the agent agent_test: its prompt, opening line and tools, its overrides and data collection, its name",
    ]);
    expect(report.notes).toContain("Calls will be made from +16175550000 (Twilio, phnum_test).");
  });

  it("refuses to run without PUBLIC_BASE_URL, which the tools need", async () => {
    await expect(setUpElevenLabsAgent(setupConfig({ PUBLIC_BASE_URL: undefined }))).rejects.toThrow(
      /PUBLIC_BASE_URL/,
    );
  });
});
