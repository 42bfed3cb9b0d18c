// A local stub of the ElevenLabs REST API, speaking its documented wire format (snake_case JSON, xi-api-key, errors as
// { detail: { status, message } }): agents, tools, phone numbers, Twilio outbound calls and conversations. Failures
// can be queued per route (401, 404, 422, 429, 500, timeouts). With a receptionist it plays each call like the
// vendor would: it calls CallPilot's tool endpoints, then posts the signed post-call webhook.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { conversationDetails, conversationSummary, type StubConversation } from "./conversation-record";
import { playReceptionist, type ReceptionistOptions } from "./receptionist";
import {
  agentDetails,
  deepMerge,
  defaultErrorBody,
  readBody,
  send,
  signedConversationUrl,
  sleep,
  streamSpeechAudio,
  toolDetails,
} from "./wire";

export type StubRoute =
  | "outbound-call"
  | "get-conversation"
  | "list-conversations"
  | "agents"
  | "tools"
  | "signed-url"
  | "text-to-speech";

export type StubFailure =
  /** afterPlacing: the call is started anyway, then the error is answered (a 5xx after the fact). */
  { status: number; body?: unknown; afterPlacing?: boolean } | { hangMs: number } | { notStarted: string };

export interface StubOptions {
  apiKey?: string;
  agents?: string[];
  phoneNumbers?: Array<{ id: string; number: string }>;
  /** How long the outbound-call request takes to answer. */
  outboundLatencyMs?: number;
  /** When set, every placed call is played by a scripted receptionist through CallPilot's tools and webhook. */
  receptionist?: ReceptionistOptions;
}

export interface ElevenLabsStub {
  url: string;
  /** Every outbound-call request body received, in order (also the failed ones). */
  outboundRequests: Array<Record<string, unknown>>;
  conversations: Map<string, StubConversation>;
  agents: Map<string, Record<string, unknown>>;
  tools: Map<string, Record<string, unknown>>;
  /** Calls the stub's agent transferred with transfer_to_number, and the number each went to. */
  transfers: Array<{ conversationId: string; to: string }>;
  /** Requests by "METHOD path" (query string excluded). */
  requestCounts: Map<string, number>;
  /** Every text-to-speech request: the voice, the output format asked for and the JSON body. */
  speechRequests: Array<{ voiceId: string; outputFormat: string | null; body: Record<string, unknown> }>;
  failNext(route: StubRoute, failure: StubFailure, times?: number): void;
  configureReceptionist(options: ReceptionistOptions | undefined): void;
  setOutboundLatency(ms: number): void;
  /** Resolves when every receptionist started so far has finished its call. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export async function startElevenLabsStub(options: StubOptions = {}): Promise<ElevenLabsStub> {
  const apiKey = options.apiKey ?? "test-elevenlabs-key";
  const failures = new Map<StubRoute, StubFailure[]>();
  const playing = new Set<Promise<void>>();
  let receptionist = options.receptionist;
  let outboundLatencyMs = options.outboundLatencyMs ?? 0;
  const phoneNumbers = new Map(
    (options.phoneNumbers ?? [{ id: "phnum_test", number: "+16175550000" }]).map((p) => [p.id, p.number]),
  );
  const stub: ElevenLabsStub = {
    url: "",
    outboundRequests: [],
    conversations: new Map(),
    agents: new Map(),
    tools: new Map(),
    transfers: [],
    requestCounts: new Map(),
    speechRequests: [],
    failNext(route, failure, times = 1) {
      const queue = failures.get(route) ?? [];
      for (let i = 0; i < times; i++) queue.push(failure);
      failures.set(route, queue);
    },
    configureReceptionist(next) {
      receptionist = next;
    },
    setOutboundLatency(ms) {
      outboundLatencyMs = ms;
    },
    async idle() {
      while (playing.size > 0) await Promise.allSettled([...playing]);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const now = () => Math.floor(Date.now() / 1000);
  for (const id of options.agents ?? ["agent_test"]) {
    stub.agents.set(id, {
      name: "Existing agent",
      conversation_config: {},
      platform_settings: {},
      created: now(),
    });
  }

  async function injected(route: StubRoute, response: http.ServerResponse): Promise<boolean> {
    const failure = failures.get(route)?.shift();
    if (!failure) return false;
    if ("hangMs" in failure) {
      await new Promise((resolve) => setTimeout(resolve, failure.hangMs));
      if (!response.writableEnded && !response.destroyed) response.destroy();
      return true;
    }
    if ("notStarted" in failure) {
      send(response, 200, {
        success: false,
        message: failure.notStarted,
        conversation_id: null,
        callSid: null,
      });
      return true;
    }
    send(response, failure.status, failure.body ?? defaultErrorBody(failure.status));
    return true;
  }

  function placeConversation(body: Record<string, unknown>): { conversationId: string; callSid: string } {
    const conversationId = `conv_${randomBytes(10).toString("hex")}`;
    const callSid = `CA${randomBytes(16).toString("hex")}`;
    const client = (body.conversation_initiation_client_data ?? {}) as Record<string, unknown>;
    const conversation: StubConversation = {
      conversation_id: conversationId,
      agent_id: String(body.agent_id),
      status: "initiated",
      user_id: typeof client.user_id === "string" ? client.user_id : undefined,
      to_number: String(body.to_number),
      call_sid: callSid,
      start_time_unix_secs: now(),
      conversation_initiation_client_data: client,
      transcript: [],
      analysis: null,
    };
    stub.conversations.set(conversationId, conversation);
    if (receptionist) {
      const run = playReceptionist(stub, conversation, receptionist).finally(() => playing.delete(run));
      playing.add(run);
    }
    return { conversationId, callSid };
  }

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://stub");
    const key = `${request.method} ${url.pathname}`;
    stub.requestCounts.set(key, (stub.requestCounts.get(key) ?? 0) + 1);
    const body = await readBody(request);
    if (request.headers["xi-api-key"] !== apiKey) {
      return send(response, 401, {
        detail: { status: "invalid_api_key", message: "Invalid API key" },
      });
    }
    const path = url.pathname;
    let match: RegExpMatchArray | null;

    if (request.method === "POST" && path === "/v1/convai/twilio/outbound-call") {
      stub.outboundRequests.push(body);
      if (outboundLatencyMs) await sleep(outboundLatencyMs);
      const pending = failures.get("outbound-call")?.[0];
      if (pending && "afterPlacing" in pending && pending.afterPlacing) {
        failures.get("outbound-call")!.shift();
        placeConversation(body);
        return send(response, pending.status, pending.body ?? defaultErrorBody(pending.status));
      }
      if (await injected("outbound-call", response)) return;
      if (!stub.agents.has(String(body.agent_id))) {
        return send(response, 404, { detail: { status: "agent_not_found", message: "Agent not found" } });
      }
      if (!phoneNumbers.has(String(body.agent_phone_number_id))) {
        return send(response, 404, {
          detail: { status: "phone_number_not_found", message: "Phone number not found" },
        });
      }
      if (!/^\+[1-9]\d{6,14}$/.test(String(body.to_number))) {
        return send(response, 422, {
          detail: [{ loc: ["body", "to_number"], msg: "Invalid phone number", type: "value_error" }],
        });
      }
      const { conversationId, callSid } = placeConversation(body);
      return send(response, 200, {
        success: true,
        message: "Success",
        conversation_id: conversationId,
        callSid,
      });
    }

    if (request.method === "GET" && path === "/v1/convai/conversations") {
      if (await injected("list-conversations", response)) return;
      const agent = url.searchParams.get("agent_id");
      const user = url.searchParams.get("user_id");
      const found = [...stub.conversations.values()].filter(
        (c) => (!agent || c.agent_id === agent) && (!user || c.user_id === user),
      );
      return send(response, 200, { conversations: found.map(conversationSummary), has_more: false });
    }

    if (request.method === "GET" && (match = path.match(/^\/v1\/convai\/conversations\/([^/]+)$/))) {
      if (await injected("get-conversation", response)) return;
      const conversation = stub.conversations.get(match[1]);
      if (!conversation) {
        return send(response, 404, {
          detail: { status: "conversation_not_found", message: "Conversation not found" },
        });
      }
      return send(response, 200, conversationDetails(conversation));
    }

    if (path.startsWith("/v1/convai/agents") && (await injected("agents", response))) return;
    if (request.method === "POST" && path === "/v1/convai/agents/create") {
      const id = `agent_${randomBytes(8).toString("hex")}`;
      stub.agents.set(id, { ...body, created: now() });
      return send(response, 200, { agent_id: id });
    }
    if ((match = path.match(/^\/v1\/convai\/agents\/([^/]+)$/))) {
      const agent = stub.agents.get(match[1]);
      if (!agent)
        return send(response, 404, { detail: { status: "agent_not_found", message: "Agent not found" } });
      if (request.method === "PATCH") stub.agents.set(match[1], deepMerge(agent, body));
      return send(response, 200, agentDetails(match[1], stub.agents.get(match[1])!));
    }

    if (path.startsWith("/v1/convai/tools") && (await injected("tools", response))) return;
    if (request.method === "GET" && path === "/v1/convai/tools") {
      return send(response, 200, {
        tools: [...stub.tools.entries()].map(([id, config]) => toolDetails(id, config)),
        has_more: false,
      });
    }
    if (request.method === "POST" && path === "/v1/convai/tools") {
      const id = `tool_${randomBytes(8).toString("hex")}`;
      stub.tools.set(id, body.tool_config as Record<string, unknown>);
      return send(response, 200, toolDetails(id, stub.tools.get(id)!));
    }
    if ((match = path.match(/^\/v1\/convai\/tools\/([^/]+)$/))) {
      if (!stub.tools.has(match[1]))
        return send(response, 404, { detail: { status: "tool_not_found", message: "Tool not found" } });
      if (request.method === "PATCH") stub.tools.set(match[1], body.tool_config as Record<string, unknown>);
      return send(response, 200, toolDetails(match[1], stub.tools.get(match[1])!));
    }

    if (request.method === "GET" && (match = path.match(/^\/v1\/convai\/phone-numbers\/([^/]+)$/))) {
      const number = phoneNumbers.get(match[1]);
      if (!number)
        return send(response, 404, { detail: { status: "phone_number_not_found", message: "Not found" } });
      return send(response, 200, {
        provider: "twilio",
        phone_number: number,
        label: "CallPilot",
        phone_number_id: match[1],
        supports_outbound: true,
        supports_inbound: false,
      });
    }

    if (request.method === "GET" && path === "/v1/convai/conversation/get-signed-url") {
      if (await injected("signed-url", response)) return;
      const agentId = url.searchParams.get("agent_id") ?? "";
      if (!stub.agents.has(agentId)) {
        return send(response, 404, { detail: { status: "agent_not_found", message: "Agent not found" } });
      }
      return send(response, 200, { signed_url: signedConversationUrl(agentId) });
    }

    if (request.method === "POST" && (match = path.match(/^\/v1\/text-to-speech\/([^/]+)\/stream$/))) {
      stub.speechRequests.push({
        voiceId: match[1],
        outputFormat: url.searchParams.get("output_format"),
        body,
      });
      if (await injected("text-to-speech", response)) return;
      if (typeof body.text !== "string" || body.text === "") {
        return send(response, 422, {
          detail: [{ loc: ["body", "text"], msg: "Field required", type: "missing" }],
        });
      }
      return streamSpeechAudio(response, body.text);
    }

    send(response, 404, { detail: { status: "not_found", message: `No route ${key}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  server.keepAliveTimeout = 60_000;
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return stub;
}
