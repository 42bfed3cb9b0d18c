// One view of a finished ElevenLabs conversation, whether it arrived in a post-call webhook (snake_case JSON, checked
// by the zod schema here) or was fetched through the SDK by the reconciler (camelCase objects).
import type { ElevenLabs } from "@elevenlabs/elevenlabs-js";
import { z } from "zod";
import { callIdVariable } from "./call-setup";
import { handoverNumberVariable, handoverToolName } from "./system-tools";

export interface FinishedConversation {
  conversationId: string;
  agentId: string | null;
  /** ElevenLabs' status: initiated, in-progress, processing, done or failed. */
  status: string;
  /** CallPilot's call id, from the call_id dynamic variable (or the conversation's user_id). */
  callId: string | null;
  startTimeUnixSecs: number | null;
  durationSecs: number | null;
  transcript: Array<{ role: "agent" | "user"; message: string; timeInCallSecs: number }>;
  summary: string | null;
  /** Data-collection results by field id: the value post-call analysis extracted. */
  collected: Record<string, unknown>;
  terminationReason: string | null;
  /** The agent called transfer_to_number (issue 16): what the business said just before, and whether it failed. */
  transfer: { asked: string | null; failed: boolean } | null;
  /** The person's number the call was allowed to hand over to (the handover_number dynamic variable). */
  handoverNumber: string | null;
}

const loose = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);

/** The `data` of a post_call_transcription webhook: only what CallPilot reads; everything else may vary. */
export const transcriptionDataSchema = loose({
  conversation_id: z.string().min(1),
  agent_id: z.string().nullish(),
  status: z.string().default("done"),
  user_id: z.string().nullish(),
  transcript: z
    .array(
      loose({
        role: z.string(),
        message: z.string().nullish(),
        time_in_call_secs: z.number().nullish(),
        tool_calls: z
          .array(loose({ tool_name: z.string().nullish(), request_id: z.string().nullish() }))
          .nullish(),
        tool_results: z
          .array(loose({ request_id: z.string().nullish(), is_error: z.boolean().nullish() }))
          .nullish(),
      }),
    )
    .nullish(),
  metadata: loose({
    start_time_unix_secs: z.number().nullish(),
    call_duration_secs: z.number().nullish(),
    termination_reason: z.string().nullish(),
  }).nullish(),
  analysis: loose({
    transcript_summary: z.string().nullish(),
    data_collection_results: z.record(z.string(), loose({ value: z.unknown() }).nullish()).nullish(),
  }).nullish(),
  conversation_initiation_client_data: loose({
    user_id: z.string().nullish(),
    dynamic_variables: z.record(z.string(), z.unknown()).nullish(),
  }).nullish(),
});

export function conversationFromWebhook(data: z.infer<typeof transcriptionDataSchema>): FinishedConversation {
  const client = data.conversation_initiation_client_data;
  const collected: Record<string, unknown> = {};
  for (const [id, result] of Object.entries(data.analysis?.data_collection_results ?? {})) {
    collected[id] = result?.value;
  }
  return {
    conversationId: data.conversation_id,
    agentId: data.agent_id ?? null,
    status: data.status,
    callId: callIdOf(client?.dynamic_variables, client?.user_id ?? data.user_id),
    startTimeUnixSecs: data.metadata?.start_time_unix_secs ?? null,
    durationSecs: data.metadata?.call_duration_secs ?? null,
    transcript: turns(
      (data.transcript ?? []).map((turn) => ({
        role: turn.role,
        message: turn.message,
        time: turn.time_in_call_secs,
      })),
    ),
    summary: data.analysis?.transcript_summary ?? null,
    collected,
    terminationReason: data.metadata?.termination_reason || null,
    transfer: transferOf(
      (data.transcript ?? []).map((turn) => ({
        role: turn.role,
        message: turn.message,
        calls: (turn.tool_calls ?? []).map((c) => ({ name: c.tool_name, id: c.request_id })),
        results: (turn.tool_results ?? []).map((r) => ({ id: r.request_id, error: r.is_error })),
      })),
    ),
    handoverNumber: handoverNumberOf(client?.dynamic_variables),
  };
}

export function conversationFromApi(
  conversation: ElevenLabs.GetConversationResponseModel,
): FinishedConversation {
  const client = conversation.conversationInitiationClientData;
  const collected: Record<string, unknown> = {};
  for (const [id, result] of Object.entries(conversation.analysis?.dataCollectionResults ?? {})) {
    collected[id] = result?.value;
  }
  return {
    conversationId: conversation.conversationId,
    agentId: conversation.agentId,
    status: conversation.status,
    callId: callIdOf(client?.dynamicVariables, client?.userId ?? conversation.userId),
    startTimeUnixSecs: conversation.metadata.startTimeUnixSecs ?? null,
    durationSecs: conversation.metadata.callDurationSecs ?? null,
    transcript: turns(
      conversation.transcript.map((turn) => ({
        role: turn.role,
        message: turn.message,
        time: turn.timeInCallSecs,
      })),
    ),
    summary: conversation.analysis?.transcriptSummary ?? null,
    collected,
    terminationReason: conversation.metadata.terminationReason || null,
    transfer: transferOf(
      conversation.transcript.map((turn) => ({
        role: turn.role,
        message: turn.message,
        calls: (turn.toolCalls ?? []).map((c) => ({ name: c.toolName, id: c.requestId })),
        results: (turn.toolResults ?? []).map((r) => ({
          id: "requestId" in r ? r.requestId : null,
          error: "isError" in r ? r.isError : null,
        })),
      })),
    ),
    handoverNumber: handoverNumberOf(client?.dynamicVariables),
  };
}

function callIdOf(variables: Record<string, unknown> | null | undefined, userId: string | null | undefined) {
  const fromVariables = variables?.[callIdVariable];
  if (typeof fromVariables === "string" && fromVariables) return fromVariables;
  return userId || null;
}

function turns(
  raw: Array<{ role: string; message?: string | null; time?: number | null }>,
): FinishedConversation["transcript"] {
  return raw
    .filter((turn) => (turn.role === "agent" || turn.role === "user") && turn.message?.trim())
    .map((turn) => ({
      role: turn.role as "agent" | "user",
      message: turn.message!.trim(),
      timeInCallSecs: turn.time ?? 0,
    }));
}

interface RawTurn {
  role: string;
  message?: string | null;
  calls: Array<{ name?: string | null; id?: string | null }>;
  results: Array<{ id?: string | null; error?: boolean | null }>;
}

/** The agent's transfer_to_number call, if any: the business's last words before it, and whether its result failed. */
function transferOf(raw: RawTurn[]): FinishedConversation["transfer"] {
  const index = raw.findIndex((turn) => turn.calls.some((call) => call.name === handoverToolName));
  if (index < 0) return null;
  const requestId = raw[index].calls.find((call) => call.name === handoverToolName)?.id ?? null;
  const failed = raw.some((turn) =>
    turn.results.some((result) => result.error && requestId !== null && result.id === requestId),
  );
  const asked = raw
    .slice(0, index)
    .reverse()
    .find((turn) => turn.role === "user" && turn.message?.trim());
  return { asked: asked?.message?.trim() ?? null, failed };
}

function handoverNumberOf(variables: Record<string, unknown> | null | undefined): string | null {
  const value = variables?.[handoverNumberVariable];
  return typeof value === "string" && value ? value : null;
}
