// A conversation as the ElevenLabs stub keeps it, in the vendor's wire format: the GET conversation body, the list
// summary, and the signed post-call webhooks (post_call_transcription, call_initiation_failure).
import { createHmac } from "node:crypto";

export interface StubConversation {
  conversation_id: string;
  agent_id: string;
  status: "initiated" | "in-progress" | "processing" | "done" | "failed";
  user_id?: string;
  to_number: string;
  call_sid: string;
  start_time_unix_secs: number;
  call_duration_secs?: number;
  termination_reason?: string;
  conversation_initiation_client_data: Record<string, unknown>;
  transcript: Array<{
    role: "agent" | "user";
    message: string;
    time_in_call_secs: number;
    /** A system tool the agent used on this turn (transfer_to_number), as the vendor's transcript lists it. */
    tool_calls?: Array<Record<string, unknown>>;
    tool_results?: Array<Record<string, unknown>>;
  }>;
  analysis: {
    call_successful: "success" | "failure" | "unknown";
    transcript_summary: string;
    data_collection_results: Record<
      string,
      { data_collection_id: string; value: unknown; rationale: string }
    >;
  } | null;
}

export function conversationSummary(conversation: StubConversation) {
  return {
    agent_id: conversation.agent_id,
    conversation_id: conversation.conversation_id,
    start_time_unix_secs: conversation.start_time_unix_secs,
    call_duration_secs: conversation.call_duration_secs ?? 0,
    message_count: conversation.transcript.length,
    status: conversation.status,
    call_successful: conversation.analysis?.call_successful ?? "unknown",
    direction: "outbound",
  };
}

export function conversationDetails(conversation: StubConversation) {
  return {
    agent_id: conversation.agent_id,
    conversation_id: conversation.conversation_id,
    status: conversation.status,
    user_id: conversation.user_id,
    transcript: conversation.transcript.map((turn) => ({
      ...turn,
      tool_calls: turn.tool_calls ?? null,
      tool_results: turn.tool_results ?? null,
      feedback: null,
      conversation_turn_metrics: null,
    })),
    metadata: {
      start_time_unix_secs: conversation.start_time_unix_secs,
      call_duration_secs: conversation.call_duration_secs ?? 0,
      cost: 296,
      termination_reason: conversation.termination_reason ?? "",
      phone_call: {
        type: "twilio",
        direction: "outbound",
        phone_number_id: "phnum_test",
        agent_number: "+16175550000",
        external_number: conversation.to_number,
        stream_sid: `MZ${conversation.call_sid.slice(2)}`,
        call_sid: conversation.call_sid,
      },
    },
    analysis: conversation.analysis
      ? { evaluation_criteria_results: {}, ...conversation.analysis }
      : undefined,
    conversation_initiation_client_data: conversation.conversation_initiation_client_data,
    has_audio: false,
    has_user_audio: false,
    has_response_audio: false,
    has_auxiliary_audio: false,
  };
}

/** The data-collection results the way post-call analysis reports them. */
export function dataCollection(
  values: Record<string, string>,
): NonNullable<StubConversation["analysis"]>["data_collection_results"] {
  return Object.fromEntries(
    Object.entries(values).map(([id, value]) => [
      id,
      { data_collection_id: id, value, rationale: "Stated during the call." },
    ]),
  );
}

export function transcriptionEvent(conversation: StubConversation): string {
  return JSON.stringify({
    type: "post_call_transcription",
    event_timestamp: Math.floor(Date.now() / 1000),
    data: conversationDetails(conversation),
  });
}

export function initiationFailureEvent(
  conversation: StubConversation,
  reason: "busy" | "no-answer" | "unknown",
) {
  return JSON.stringify({
    type: "call_initiation_failure",
    event_timestamp: Math.floor(Date.now() / 1000),
    data: {
      agent_id: conversation.agent_id,
      conversation_id: conversation.conversation_id,
      failure_reason: reason,
      metadata: {
        type: "twilio",
        body: {
          Called: conversation.to_number,
          Direction: "outbound-api",
          CallSid: conversation.call_sid,
          To: conversation.to_number,
          CallStatus: reason === "unknown" ? "failed" : reason,
          Duration: "0",
          CallDuration: "0",
          ApiVersion: "2010-04-01",
        },
      },
    },
  });
}

/** `ElevenLabs-Signature: t=<unix seconds>,v0=<hex HMAC-SHA256 of "<t>.<body>">`, as the vendor documents it. */
export function elevenLabsSignature(
  body: string,
  secret: string,
  unixSeconds = Math.floor(Date.now() / 1000),
) {
  const digest = createHmac("sha256", secret).update(`${unixSeconds}.${body}`).digest("hex");
  return `t=${unixSeconds},v0=${digest}`;
}

export async function postWebhook(url: string, secret: string, body: string): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "elevenlabs-signature": elevenLabsSignature(body, secret),
    },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}
