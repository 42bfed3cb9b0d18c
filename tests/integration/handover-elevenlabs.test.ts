// Issue 16 on ElevenLabs, against the local API stub: elevenlabs:setup stores the transfer_to_number system tool
// apart from the agent's own tools; a call whose person allows a hand-over now adds it through the per-call tool_ids
// override with the person's verified number as a dynamic variable; the stub's agent transfers when the receptionist
// insists, and the post-call webhook's transcript records the hand-over. Without consent nothing of it is sent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall } from "@/db/calls";
import { seedDemoDirectory } from "@/db/providers";
import { runDispatchPass } from "@/lib/calls/dispatcher";
import { setUpElevenLabsAgent } from "@/lib/calls/elevenlabs/agent-setup";
import { createElevenLabsDialer } from "@/lib/calls/elevenlabs/elevenlabs-dialer";
import { fixedClock } from "@/lib/clock";
import { parseConfig, type AppConfig } from "@/lib/config";
import { pauseBackgroundJobs, runJobsDuringTests, settleJobs } from "@/tests/support/job-runner";
import { startElevenLabsStub, type ElevenLabsStub } from "../support/elevenlabs-stub/server";
import { createBookingWithProviderCalls, createTestUser } from "./support/booking-fixtures";
import { elevenLabsEnv, useElevenLabsConfig, webhookSecret } from "./support/elevenlabs";
import { startElevenLabsAppServer, type ElevenLabsAppServer } from "./support/elevenlabs-app-server";
import { personPhone, saveHandoverSettings } from "./support/handover";

// Jobs (the webhook's processing) run when the test settles them: a background claim sweep on the real clock would
// take the fixed-clock dispatch pass's claim for stale.
runJobsDuringTests();
pauseBackgroundJobs();

// Wednesday 25 November 2026, 10:00 in Boston: the demo dentists are open, so the call is dialed now.
const clock = fixedClock("2026-11-25T15:00:00Z");
const insists = "I'm sorry, I need to speak to the patient directly.";
let stub: ElevenLabsStub;
let app: ElevenLabsAppServer;
let config: AppConfig;

beforeAll(async () => {
  await seedDemoDirectory();
  stub = await startElevenLabsStub();
  config = useElevenLabsConfig(stub.url);
  app = await startElevenLabsAppServer({ askPersonWaitMs: 1_000 });
  await setUpElevenLabsAgent(parseConfig({ ...elevenLabsEnv(stub.url), PUBLIC_BASE_URL: app.url }));
  stub.configureReceptionist({ webhookUrl: app.webhookUrl, webhookSecret, wantsPerson: () => insists });
});
afterAll(async () => {
  stub.configureReceptionist(undefined);
  await app.close();
  await stub.close();
});
beforeEach(() => {
  stub.outboundRequests.length = 0;
  stub.transfers.length = 0;
});

type Sent = {
  conversation_initiation_client_data: {
    dynamic_variables: Record<string, string>;
    conversation_config_override: { agent: { prompt: { prompt: string; tool_ids?: string[] } } };
  };
};

function transferToolId(): string {
  const [id] = [...stub.tools.entries()].find(([, tool]) => tool.name === "transfer_to_number")!;
  return id;
}

async function callWith(settings: Parameters<typeof saveHandoverSettings>[1] | null) {
  const userId = await createTestUser();
  if (settings) await saveHandoverSettings(userId, settings, clock.now());
  const { callIds } = await createBookingWithProviderCalls({
    userId,
    callCount: 1,
    mode: "auto",
    now: clock.now(),
  });
  await runDispatchPass({ config, clock, dialer: createElevenLabsDialer({ config, clock }) });
  await stub.idle();
  await settleJobs();
  const events = await listCallEventsForCall(callIds[0]);
  return {
    call: (await getCall(callIds[0]))!,
    sent: stub.outboundRequests.at(-1) as Sent,
    handovers: events.filter((event) => event.type === "call_handover").map((event) => event.payload),
  };
}

describe("the transfer_to_number tool as elevenlabs:setup stores it", () => {
  it("transfers to the handover_number dynamic variable, and is not one of the agent's own tools", () => {
    const tool = stub.tools.get(transferToolId()) as {
      type: string;
      params: { system_tool_type: string; transfers: Array<Record<string, unknown>> };
    };
    expect(tool.type).toBe("system");
    expect(tool.params.system_tool_type).toBe("transfer_to_number");
    expect(tool.params.transfers).toEqual([
      expect.objectContaining({
        transfer_destination: { type: "phone_dynamic_variable", phone_number: "handover_number" },
        transfer_type: "conference",
        condition: expect.stringMatching(/insists on speaking with the client/),
      }),
    ]);
    const agent = stub.agents.get("agent_test") as {
      conversation_config: { agent: { prompt: { tool_ids: string[] } } };
      platform_settings: { overrides: { conversation_config_override: { agent: { prompt: object } } } };
    };
    expect(agent.conversation_config.agent.prompt.tool_ids).toHaveLength(4);
    expect(agent.conversation_config.agent.prompt.tool_ids).not.toContain(transferToolId());
    // Each call may override the tool list (to add the transfer), which the agent must allow.
    expect(agent.platform_settings.overrides.conversation_config_override.agent.prompt).toEqual({
      prompt: true,
      tool_ids: true,
    });
  });
});

describe("a receptionist who insists on speaking with the person, on ElevenLabs", () => {
  it("with consent inside the person's hours: the call carries the tool and number, and the transfer is recorded", async () => {
    const { call, sent, handovers } = await callWith({ consent: true });
    const client = sent.conversation_initiation_client_data;
    expect(client.dynamic_variables.handover_number).toBe(personPhone);
    const agent = stub.agents.get("agent_test") as {
      conversation_config: { agent: { prompt: { tool_ids: string[] } } };
    };
    expect(client.conversation_config_override.agent.prompt.tool_ids).toEqual([
      ...agent.conversation_config.agent.prompt.tool_ids,
      transferToolId(),
    ]);
    expect(client.conversation_config_override.agent.prompt.prompt).toMatch(/call transfer_to_number/);
    expect(stub.transfers).toEqual([{ conversationId: expect.any(String), to: personPhone }]);

    expect(call.failureReason).toBe("Handed over to the client.");
    expect(call.status).toBe("completed");
    expect(handovers).toEqual([{ asked: insists, transferred: true, to: personPhone, reason: null }]);
  });

  it("without consent: no tool, no number, no transfer; what the business asked is kept for the call back", async () => {
    const { call, sent, handovers } = await callWith(null);
    const client = sent.conversation_initiation_client_data;
    expect(client.dynamic_variables).not.toHaveProperty("handover_number");
    expect(client.conversation_config_override.agent.prompt).not.toHaveProperty("tool_ids");
    expect(client.conversation_config_override.agent.prompt.prompt).toMatch(
      /will call you back on this number/,
    );
    expect(stub.transfers).toEqual([]);
    expect(call.status).toBe("completed");
    expect(handovers).toEqual([expect.objectContaining({ asked: insists, transferred: false, to: null })]);
  });

  it("outside the person's hours, even with consent, nothing of the transfer is sent", async () => {
    const { sent } = await callWith({
      consent: true,
      hours: { start: "18:00", end: "20:00", time_zone: "America/New_York" },
    });
    expect(sent.conversation_initiation_client_data.dynamic_variables).not.toHaveProperty("handover_number");
    expect(stub.transfers).toEqual([]);
  });
});
