// The stub's scripted receptionist: plays one placed call the way ElevenLabs would run it. It calls CallPilot's server
// tools exactly as the agent's tool configuration says (URL, headers from dynamic variables, body properties filled
// from dynamic variables), may first ask a question the agent puts to the person (ask_client), offers times until one
// fits, books it if the booking lock approves, reports the outcome, then posts the signed post-call webhook (or
// call_initiation_failure for a busy or unanswered line).
import { randomBytes } from "node:crypto";
import { DateTime } from "luxon";
import {
  dataCollection,
  initiationFailureEvent,
  postWebhook,
  transcriptionEvent,
  type StubConversation,
} from "./conversation-record";
import type { ElevenLabsStub } from "./server";

export type CallBehaviour = "books" | "busy" | "no-answer" | "silent";

export interface ReceptionistOptions {
  webhookUrl: string;
  webhookSecret: string;
  /** How the n-th placed call (0-based) goes; every call books by default. */
  behaviour?: (index: number, conversation: StubConversation) => CallBehaviour;
  /** Pause between turns, like people talking. */
  turnMs?: number;
  /** Local date-times (business zone) the receptionist offers, in order; default: 09:00–11:00 on the next 14 days. */
  offers?: (variables: Record<string, unknown>) => string[];
  /**
   * A question about the client the receptionist asks before offering times on the n-th placed call (null: none).
   * The agent says "one moment please", puts it to the person through its ask_client tool and says the tool's answer.
   */
  asks?: (index: number) => string | null;
  /**
   * On the n-th placed call the receptionist insists on speaking with the client (null: never). When the call's
   * tool_ids override offers the transfer_to_number tool, the agent transfers to the number its destination's dynamic
   * variable holds (recorded in the stub's transfers); otherwise it says the client will call back.
   */
  wantsPerson?: (index: number) => string | null;
}

interface ToolReply {
  code: string;
  say: string;
  slot_start: string | null;
}

const placedSoFar = new WeakMap<ElevenLabsStub, number>();

export async function playReceptionist(
  stub: ElevenLabsStub,
  conversation: StubConversation,
  options: ReceptionistOptions,
): Promise<void> {
  const index = placedSoFar.get(stub) ?? 0;
  placedSoFar.set(stub, index + 1);
  const behaviour = options.behaviour?.(index, conversation) ?? "books";
  const pause = () => new Promise((resolve) => setTimeout(resolve, options.turnMs ?? 20));
  await pause();
  if (behaviour === "silent") return;
  if (behaviour === "busy" || behaviour === "no-answer") {
    conversation.status = "failed";
    conversation.termination_reason = behaviour;
    await postWebhook(
      options.webhookUrl,
      options.webhookSecret,
      initiationFailureEvent(conversation, behaviour),
    );
    return;
  }

  const variables = (conversation.conversation_initiation_client_data.dynamic_variables ?? {}) as Record<
    string,
    unknown
  >;
  const override = conversation.conversation_initiation_client_data.conversation_config_override as
    { agent?: { first_message?: string } } | undefined;
  conversation.status = "in-progress";
  const started = Date.now();
  const say = (role: "agent" | "user", message: string) =>
    conversation.transcript.push({
      role,
      message,
      time_in_call_secs: Math.round((Date.now() - started) / 1000),
    });
  say("user", `${String(variables.business_name)}, good morning, how can I help?`);
  say("agent", fill(override?.agent?.first_message ?? "Hello.", variables));

  const question = options.asks?.(index) ?? null;
  if (question) {
    await pause();
    say("user", question);
    // The tool's pre_tool_speech is "force": the agent speaks before the wait, never silence.
    say("agent", "One moment please, let me check with them.");
    const answer = await callTool(stub, "ask_client", variables, { question });
    say("agent", answer.say);
    say("user", "Thanks, I've noted that.");
  }

  const insists = options.wantsPerson?.(index) ?? null;
  if (insists) return insistOnThePerson(stub, conversation, options, insists, variables, say);

  const zone = String(variables.business_time_zone ?? "UTC");
  const offered: string[] = [];
  let booked: string | null = null;
  let outcome = "no_suitable_slot";
  for (const local of (options.offers ?? defaultOffers)(variables)) {
    await pause();
    offered.push(local);
    const spoken = DateTime.fromISO(local, { zone }).toFormat("cccc d LLLL 'at' HH:mm");
    say("user", `The earliest we have is ${spoken}. Would that work?`);
    const check = await callTool(stub, "check_availability", variables, { start: local });
    if (check.code === "booking_closed" || check.code === "call_ended") {
      say("agent", check.say);
      outcome = "other";
      break;
    }
    if (check.code !== "available") {
      say("agent", "Unfortunately that doesn't work for them. Is there anything else?");
      continue;
    }
    const decision = await callTool(stub, "request_booking", variables, { start: local });
    say("agent", decision.say);
    if (decision.code === "approved") {
      booked = local;
      outcome = "booked";
      say("user", `Done — it's booked for ${spoken}.`);
    } else if (decision.code === "hold_requested") {
      outcome = "hold_requested";
      say("user", "Sure, I'll pencil it in.");
    } else {
      outcome = "other";
    }
    break;
  }

  const report = {
    outcome,
    offered_slots: offered.join("; "),
    booked_slot: booked ?? "",
    requirements: "",
    price: "",
    failure_reason: booked ? "" : "Nothing was booked on this call.",
    summary: booked ? `Booked ${booked}.` : "No appointment was booked.",
    // She said "Sure, I'll pencil it in": the agent reports the business agreed to hold.
    hold_agreed: outcome === "hold_requested" ? "yes" : "",
  };
  await callTool(stub, "report_outcome", variables, report);
  say("agent", "Thank you, goodbye!");

  conversation.status = "done";
  conversation.call_duration_secs = Math.max(1, Math.round((Date.now() - started) / 1000));
  conversation.termination_reason = "Call ended by remote party";
  conversation.analysis = {
    call_successful: booked ? "success" : "failure",
    transcript_summary: report.summary,
    data_collection_results: dataCollection(report),
  };
  await postWebhook(options.webhookUrl, options.webhookSecret, transcriptionEvent(conversation));
}

/** The transfer tool this call was given through its tool_ids override, if any (the stored system tool). */
function offeredTransfer(stub: ElevenLabsStub, conversation: StubConversation) {
  const override = conversation.conversation_initiation_client_data.conversation_config_override as
    { agent?: { prompt?: { tool_ids?: string[] } } } | undefined;
  for (const id of override?.agent?.prompt?.tool_ids ?? []) {
    const tool = stub.tools.get(id) as
      | { type?: string; name?: string; params?: { system_tool_type?: string; transfers?: unknown[] } }
      | undefined;
    if (tool?.type === "system" && tool.params?.system_tool_type === "transfer_to_number") {
      return { id, ...tool };
    }
  }
  return null;
}

async function insistOnThePerson(
  stub: ElevenLabsStub,
  conversation: StubConversation,
  options: ReceptionistOptions,
  insists: string,
  variables: Record<string, unknown>,
  say: (role: "agent" | "user", message: string) => void,
): Promise<void> {
  say("user", insists);
  const transfer = offeredTransfer(stub, conversation);
  const destination = (
    transfer?.params?.transfers?.[0] as { transfer_destination?: { type: string; phone_number: string } }
  )?.transfer_destination;
  const to =
    destination?.type === "phone_dynamic_variable"
      ? String(variables[destination.phone_number] ?? "")
      : (destination?.phone_number ?? "");
  let report;
  if (transfer && /^\+[1-9]\d{6,14}$/.test(to)) {
    const requestId = `req_${randomBytes(6).toString("hex")}`;
    say("agent", "Of course — I'll put you through now.");
    conversation.transcript.at(-1)!.tool_calls = [
      {
        type: "system",
        request_id: requestId,
        tool_name: transfer.name,
        params_as_json: JSON.stringify({ transfer_number: to }),
        tool_has_been_called: true,
      },
    ];
    conversation.transcript.at(-1)!.tool_results = [
      {
        type: "system",
        request_id: requestId,
        tool_name: transfer.name,
        is_error: false,
        result_value: "{}",
      },
    ];
    stub.transfers.push({ conversationId: conversation.conversation_id, to });
    report = {
      outcome: "other",
      client_asked_for: insists,
      failure_reason: "Handed over to the client.",
      summary: "Handed over to the client.",
    };
  } else {
    say("agent", "I'm not able to put you through right now, but they will call you back on this number.");
    report = {
      outcome: "call_back_later",
      client_asked_for: insists,
      failure_reason: "They want to speak with the client directly.",
      summary: "They want to speak with the client directly.",
    };
  }
  await callTool(stub, "report_outcome", variables, report);
  conversation.status = "done";
  conversation.call_duration_secs = 5;
  conversation.termination_reason = transfer ? "Call transferred" : "Call ended by remote party";
  conversation.analysis = {
    call_successful: "failure",
    transcript_summary: report.summary,
    data_collection_results: dataCollection(report),
  };
  await postWebhook(options.webhookUrl, options.webhookSecret, transcriptionEvent(conversation));
}

/** Calls one of the agent's webhook tools as its stored configuration says. */
async function callTool(
  stub: ElevenLabsStub,
  name: string,
  variables: Record<string, unknown>,
  parameters: Record<string, unknown>,
): Promise<ToolReply> {
  const config = [...stub.tools.values()].find((tool) => tool.name === name);
  if (!config) throw new Error(`the stub agent has no ${name} tool (run elevenlabs:setup against the stub)`);
  const api = config.api_schema as {
    url: string;
    request_headers?: Record<string, string | { variable_name: string }>;
    request_body_schema?: { properties?: Record<string, { dynamic_variable?: string }> };
  };
  const headers: Record<string, string> = { "content-type": "application/json" };
  for (const [header, value] of Object.entries(api.request_headers ?? {})) {
    headers[header] = typeof value === "string" ? value : String(variables[value.variable_name] ?? "");
  }
  const body: Record<string, unknown> = {};
  for (const [property, schema] of Object.entries(api.request_body_schema?.properties ?? {})) {
    body[property] = schema.dynamic_variable ? variables[schema.dynamic_variable] : parameters[property];
  }
  const response = await fetch(api.url, { method: "POST", headers, body: JSON.stringify(body) });
  const json = (await response.json()) as ToolReply | { error: string };
  if (!response.ok) return { code: "error", say: "error" in json ? json.error : "failed", slot_start: null };
  return json as ToolReply;
}

function defaultOffers(variables: Record<string, unknown>): string[] {
  const zone = String(variables.business_time_zone ?? "UTC");
  const today = DateTime.now().setZone(zone).startOf("day");
  const offers: string[] = [];
  for (let day = 1; day <= 14; day++) {
    for (const hour of [9, 10, 11]) {
      offers.push(today.plus({ days: day }).set({ hour }).toFormat("yyyy-MM-dd'T'HH:mm"));
    }
  }
  return offers;
}

function fill(template: string, variables: Record<string, unknown>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in variables ? String(variables[name]) : whole,
  );
}
