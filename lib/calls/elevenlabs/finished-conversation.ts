// One view of a finished ElevenLabs conversation, whether it arrived in a post-call webhook (snake_case JSON, checked
// by the zod schema here) or was fetched through the SDK by the reconciler (camelCase objects).
import type { ElevenLabs } from "@elevenlabs/elevenlabs-js";
import { z } from "zod";
import { callIdVariable } from "./call-setup";

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
