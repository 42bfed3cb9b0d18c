// The ElevenLabs dialer through the real SDK against the local API stub: what an outbound call sends, what is stored,
// how every class of API error ends (or retries) a call, the redirect switch, and crash recovery's lookup.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall } from "@/db/calls";
import { getDb } from "@/db/client";
import { seedDemoDirectory, getProvider } from "@/db/providers";
import { calls } from "@/db/schema";
import type { CallRow } from "@/db/schema";
import { fixedClock } from "@/lib/clock";
import { elevenLabsRequestsPerDial } from "@/lib/calls/dial-timing";
import { runDispatchPass } from "@/lib/calls/dispatcher";
import { createElevenLabsDialer } from "@/lib/calls/elevenlabs/elevenlabs-dialer";
import { isValidToolToken } from "@/lib/calls/elevenlabs/tool-token";
import { parseConfig, type AppConfig } from "@/lib/config";
import { startElevenLabsStub, type ElevenLabsStub } from "../support/elevenlabs-stub/server";
import { createBookingWithProviderCalls, createTestUser } from "./support/booking-fixtures";
import { useElevenLabsConfig } from "./support/elevenlabs";

// Wednesday 25 November 2026, 10:00 in Boston: the demo dentists are open (the 26th is Thanksgiving).
const clock = fixedClock("2026-11-25T15:00:00Z");
let stub: ElevenLabsStub;
let config: AppConfig;

beforeAll(async () => {
  await seedDemoDirectory();
  stub = await startElevenLabsStub();
  config = useElevenLabsConfig(stub.url);
});
afterAll(async () => {
  await stub.close();
});
beforeEach(async () => {
  await getDb().delete(calls);
  stub.outboundRequests.length = 0;
  stub.conversations.clear();
});

async function dialOne(
  overrides: Partial<AppConfig> = {},
  providerIds?: string[],
): Promise<{ callId: string; call: CallRow }> {
  const userId = await createTestUser();
  const { callIds } = await createBookingWithProviderCalls({
    userId,
    callCount: 1,
    mode: "auto",
    now: clock.now(),
    providerIds,
  });
  const merged = { ...config, ...overrides };
  await runDispatchPass({ config: merged, clock, dialer: createElevenLabsDialer({ config: merged, clock }) });
  return { callId: callIds[0], call: (await getCall(callIds[0]))! };
}

describe("placing calls through ElevenLabs", () => {
  it("sends the agent, its phone number, the business's number, the call's variables and the prompt overrides", async () => {
    const { callId, call } = await dialOne();
    expect(stub.outboundRequests).toHaveLength(1);
    const sent = stub.outboundRequests[0] as {
      agent_id: string;
      agent_phone_number_id: string;
      to_number: string;
      conversation_initiation_client_data: {
        user_id: string;
        dynamic_variables: Record<string, string>;
        conversation_config_override: { agent: { first_message: string; prompt: { prompt: string } } };
      };
    };
    const provider = await getProvider(call.providerId);
    expect(sent.agent_id).toBe("agent_test");
    expect(sent.agent_phone_number_id).toBe("phnum_test");
    expect(sent.to_number).toBe(provider!.phone);
    const client = sent.conversation_initiation_client_data;
    expect(client.user_id).toBe(callId);
    expect(client.dynamic_variables).toMatchObject({
      call_id: callId,
      business_name: provider!.name,
      client_name: "Sam Lee",
      service: "a dentist appointment",
      client_notes: "none",
    });
    expect(isValidToolToken(callId, client.dynamic_variables.secret__tool_token, config)).toBe(true);
    expect(client.conversation_config_override.agent.first_message).toMatch(
      /^Hi — I'm an AI assistant calling on behalf of \{\{client_name\}\}\. I'd like to book \{\{service\}\} with \{\{business_name\}\}/,
    );
    expect(client.conversation_config_override.agent.prompt.prompt).toContain("# Calendar safety");
    expect(client.conversation_config_override.agent.prompt.prompt).not.toContain("Sam Lee");
  });

  it("speaks the business's language: a Paris dentist gets agent.language fr, a French opening line and prompt", async () => {
    await dialOne({}, ["dentist-paris-fr-1"]);
    const sent = stub.outboundRequests[0] as {
      conversation_initiation_client_data: {
        dynamic_variables: Record<string, string>;
        conversation_config_override: {
          agent: { language?: string; first_message: string; prompt: { prompt: string } };
        };
      };
    };
    const client = sent.conversation_initiation_client_data;
    const agent = client.conversation_config_override.agent;
    expect(agent.language).toBe("fr");
    expect(agent.first_message).toMatch(
      /^Bonjour — Je suis un assistant IA et j'appelle de la part de \{\{client_name\}\}\. Je voudrais réserver \{\{service\}\} chez \{\{business_name\}\}/,
    );
    expect(agent.prompt.prompt).toContain(
      "{{business_name}} speaks French. Speak only natural spoken French",
    );
    expect(client.dynamic_variables.service).toBe("un rendez-vous chez le dentiste");
    // The client's availability is written in French too: "mar. 1 déc. – ...".
    expect(client.dynamic_variables.availability).toMatch(/déc\./);
  });

  it("an English-speaking business gets agent.language en and the English opening line", async () => {
    await dialOne();
    const agent = (
      stub.outboundRequests[0] as {
        conversation_initiation_client_data: {
          conversation_config_override: { agent: { language?: string; first_message: string } };
        };
      }
    ).conversation_initiation_client_data.conversation_config_override.agent;
    expect(agent.language).toBe("en");
    expect(agent.first_message).toMatch(/^Hi — I'm an AI assistant/);
  });

  it("stores the returned conversation id and call sid on the call, which is then in progress", async () => {
    const { call } = await dialOne();
    const conversation = [...stub.conversations.values()][0];
    expect(call.status).toBe("in_progress");
    expect(call.dialer).toBe("elevenlabs");
    expect(call.externalId).toBe(conversation.conversation_id);
    expect(call.externalCallSid).toBe(conversation.call_sid);
    expect(call.redirectedTo).toBeNull();
  });

  it("with CALL_REDIRECT_TO set, dials that number instead of the business's and records the redirect", async () => {
    const { callId, call } = await dialOne({ CALL_REDIRECT_TO: "+15555550123" });
    expect((stub.outboundRequests[0] as { to_number: string }).to_number).toBe("+15555550123");
    expect(call.redirectedTo).toBe("+15555550123");
    const dialed = (await listCallEventsForCall(callId)).find((event) => event.type === "call_dialed");
    expect(dialed?.payload).toMatchObject({ redirected: true });
  });
});

describe("API errors", () => {
  const permanent: Array<[string, Parameters<ElevenLabsStub["failNext"]>[1], RegExp]> = [
    [
      "a refused API key",
      { status: 401, body: { detail: { status: "invalid_api_key", message: "Invalid API key" } } },
      /API key/,
    ],
    [
      "an exhausted quota",
      { status: 401, body: { detail: { status: "quota_exceeded", message: "Quota exceeded" } } },
      /quota/,
    ],
    [
      "an unknown agent",
      { status: 404, body: { detail: { status: "agent_not_found", message: "Agent not found" } } },
      /ELEVENLABS_AGENT_ID/,
    ],
    [
      "an unknown phone number",
      {
        status: 404,
        body: { detail: { status: "phone_number_not_found", message: "Phone number not found" } },
      },
      /ELEVENLABS_AGENT_PHONE_NUMBER_ID/,
    ],
    ["an invalid number", { status: 422 }, /not a valid phone number/],
    [
      "a call Twilio would not start",
      { notStarted: "Twilio rejected the call" },
      /could not be started: Twilio rejected/,
    ],
  ];
  for (const [what, failure, reason] of permanent) {
    it(`${what} fails the call with a clear reason and is not retried`, async () => {
      stub.failNext("outbound-call", failure);
      const { call } = await dialOne();
      expect(call.status).toBe("failed");
      expect(call.failureReason).toMatch(reason);
      expect(stub.outboundRequests).toHaveLength(1);
    });
  }

  it("an agent id ElevenLabs does not know fails the call naming ELEVENLABS_AGENT_ID", async () => {
    const { call } = await dialOne({ ELEVENLABS_AGENT_ID: "agent_missing" });
    expect(call.status).toBe("failed");
    expect(call.failureReason).toMatch(/ELEVENLABS_AGENT_ID/);
  });

  it("a phone number id ElevenLabs does not know fails the call naming ELEVENLABS_AGENT_PHONE_NUMBER_ID", async () => {
    const { call } = await dialOne({ ELEVENLABS_AGENT_PHONE_NUMBER_ID: "phnum_missing" });
    expect(call.status).toBe("failed");
    expect(call.failureReason).toMatch(/ELEVENLABS_AGENT_PHONE_NUMBER_ID/);
  });

  it("a rate limit is retried with backoff and the call is placed once ElevenLabs accepts it", async () => {
    stub.failNext("outbound-call", { status: 429 }, 2);
    const { call } = await dialOne();
    expect(call.status).toBe("in_progress");
    expect(stub.outboundRequests).toHaveLength(3);
    expect(stub.conversations.size).toBe(1);
  });

  it("a rate limit that never lifts fails the call as rate limited after the retries", async () => {
    stub.failNext("outbound-call", { status: 429 }, 3);
    const { call } = await dialOne();
    expect(call.status).toBe("failed");
    expect(call.failureReason).toMatch(/limiting how many calls/);
    expect(stub.outboundRequests).toHaveLength(3);
  });

  it("a server error is retried after checking that no conversation was started for the call", async () => {
    stub.failNext("outbound-call", { status: 500 });
    const { call } = await dialOne();
    expect(call.status).toBe("in_progress");
    expect(stub.outboundRequests).toHaveLength(2);
    expect(stub.requestCounts.get("GET /v1/convai/conversations")).toBeGreaterThanOrEqual(1);
  });

  it("a server error after the call was started is not retried: the started conversation is used", async () => {
    stub.failNext("outbound-call", { status: 500, afterPlacing: true });
    const { call } = await dialOne();
    expect(stub.outboundRequests).toHaveLength(1);
    expect(stub.conversations.size).toBe(1);
    expect(call.status).toBe("in_progress");
    expect(call.externalId).toBe([...stub.conversations.keys()][0]);
  });

  it("a request that times out is retried (after the same check) and the call is placed once", async () => {
    stub.failNext("outbound-call", { hangMs: 1_000 });
    const { call } = await dialOne();
    expect(call.status).toBe("in_progress");
    expect(stub.conversations.size).toBe(1);
  });

  it("a dial whose every request times out makes as many requests as start-up's lease check counts", async () => {
    const listed = () => stub.requestCounts.get("GET /v1/convai/conversations") ?? 0;
    const listedBefore = listed();
    stub.failNext("outbound-call", { hangMs: 1_000 }, 3);
    stub.failNext("list-conversations", { hangMs: 1_000 }, 2);
    const { call } = await dialOne();
    expect(call.status).toBe("failed");
    // Each of them waited out ELEVENLABS_TIMEOUT_SECONDS: the figure DIAL_LEASE_SECONDS must exceed counts them all.
    expect(stub.outboundRequests.length + listed() - listedBefore).toBe(elevenLabsRequestsPerDial);
  });
});

describe("crash recovery", () => {
  it("a call whose conversation ElevenLabs lists for it was placed; one it does not list is unknown", async () => {
    const { callId, call } = await dialOne();
    const dialer = createElevenLabsDialer({ config, clock });
    expect(await dialer.wasPlaced({ ...call, id: callId } as CallRow)).toBe("placed");
    expect(await dialer.wasPlaced({ ...call, id: "call_never_dialed" } as CallRow)).toBe("unknown");
  });

  it("answers unknown when ElevenLabs cannot be asked", async () => {
    const dialer = createElevenLabsDialer({
      config: parseConfig({ ...process.env, ELEVENLABS_BASE_URL: "http://127.0.0.1:9" }),
      clock,
    });
    expect(await dialer.wasPlaced({ id: "call_x" } as CallRow)).toBe("unknown");
  });
});
