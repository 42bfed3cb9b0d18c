// The post-call webhook. Accepting: verify the signature over the raw body, read the envelope, and store the event
// in the inbox (db/elevenlabs-webhook-inbox.ts) with the job that processes it, before acknowledging it — fast, and
// nothing acknowledged is lost. Processing, a job on any instance: one map of event type to handler. post_call_transcription ends the call with
// its outcome; call_initiation_failure ends it as busy, unanswered or failed (the retry policy decides on a retry).
// Unknown types and other agents' events are acknowledged and ignored; a redelivered event changes nothing.
import { z } from "zod";
import { getCall, getCallByExternalId, type Call } from "@/db/calls";
import {
  completeWebhookEvent,
  enqueueWebhookEvent,
  failWebhookEvent,
  getWebhookEvent,
} from "@/db/elevenlabs-webhook-inbox";
import type { Clock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import { invalid } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { callIdVariable } from "./call-setup";
import {
  conversationFromApi,
  conversationFromWebhook,
  transcriptionDataSchema,
} from "./finished-conversation";
import { fetchConversation } from "./conversations";
import { finishCallFromConversation, finishCallNotConnected } from "./finish-call";
import { verifyWebhookSignature } from "./webhook-signature";

export type AcceptResult = "queued" | "duplicate" | "ignored";
export type ProcessResult = "processed" | "ignored" | "unknown_call";

interface Deps {
  config: AppConfig;
  clock: Clock;
}

const envelopeSchema = z.looseObject({
  type: z.string().min(1),
  event_timestamp: z.union([z.number(), z.string()]).optional(),
  data: z.looseObject({ conversation_id: z.string().min(1).optional(), agent_id: z.string().nullish() }),
});

const initiationFailureSchema = z.looseObject({
  conversation_id: z.string().min(1),
  agent_id: z.string().nullish(),
  failure_reason: z.string().default("unknown"),
  conversation_initiation_client_data: z
    .looseObject({ dynamic_variables: z.record(z.string(), z.unknown()).nullish() })
    .nullish(),
});

type Handler = (data: Record<string, unknown>, deps: Deps) => Promise<ProcessResult>;

const handlers: Record<string, Handler> = {
  post_call_transcription: async (raw, deps) => {
    const conversation = conversationFromWebhook(parseData(transcriptionDataSchema, raw));
    const call = await findCall(conversation.conversationId, conversation.callId, deps.config);
    if (!call) return "unknown_call";
    await finishCallFromConversation(call, conversation, deps.clock);
    return "processed";
  },
  call_initiation_failure: async (raw, deps) => {
    const data = parseData(initiationFailureSchema, raw);
    const variable = data.conversation_initiation_client_data?.dynamic_variables?.[callIdVariable];
    const call = await findCall(
      data.conversation_id,
      typeof variable === "string" ? variable : null,
      deps.config,
    );
    if (!call) return "unknown_call";
    await finishCallNotConnected(call, data.failure_reason, deps.clock);
    return "processed";
  },
};

/** Verifies and stores one delivery with its processing job; the caller acknowledges it. */
export async function acceptPostCallWebhook(
  rawBody: string,
  signature: string | null,
  deps: Deps,
): Promise<AcceptResult> {
  const event = await verifyWebhookSignature(
    rawBody,
    signature,
    deps.config.ELEVENLABS_WEBHOOK_SECRET,
    deps.clock.now(),
  );
  const envelope = envelopeSchema.safeParse(event);
  if (!envelope.success) throw invalid("The webhook body is not an ElevenLabs event.");
  const { type, data } = envelope.data;
  if (!handlers[type]) {
    logger.info("ignored an ElevenLabs webhook of an unhandled type", { type });
    return "ignored";
  }
  if (!data.conversation_id) throw invalid("The webhook's data has no conversation_id.");
  // Workspace webhooks fire for every agent of the account; only CallPilot's own agent's events are ours.
  const agentId = data.agent_id ?? null;
  if (agentId && deps.config.ELEVENLABS_AGENT_ID && agentId !== deps.config.ELEVENLABS_AGENT_ID)
    return "ignored";
  const stored = await enqueueWebhookEvent({
    key: eventKey(type, data.conversation_id),
    type,
    body: rawBody,
    now: deps.clock.now(),
  });
  return stored ? "queued" : "duplicate";
}

export function eventKey(type: string, conversationId: string): string {
  return `elevenlabs:${type}:${conversationId}`;
}

export const webhookJob = z.object({ key: z.string().min(1) });

/**
 * Processes one waiting event (the elevenLabsWebhook job). A failure is recorded on the event and thrown, so the job
 * queue runs it again after its retry delay; an event already processed (a second run) is left alone.
 */
export async function processWebhookEvent(
  key: string,
  deps: Deps,
): Promise<ProcessResult | "already_processed"> {
  const event = await getWebhookEvent(key);
  if (!event) return "already_processed";
  try {
    const { data } = envelopeSchema.parse(JSON.parse(event.body));
    const result = await handlers[event.type](data, deps);
    if (result === "unknown_call") {
      logger.warn("an ElevenLabs webhook names a conversation CallPilot does not know", { key: event.key });
    }
    await completeWebhookEvent(event.key, deps.clock.now());
    return result;
  } catch (error) {
    await failWebhookEvent(
      event.key,
      error instanceof Error ? error.message : String(error),
      deps.clock.now(),
    );
    throw error;
  }
}

function parseData<T>(schema: z.ZodType<T>, data: Record<string, unknown>): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw invalid("The webhook's data is missing its conversation_id or is malformed.");
  return parsed.data;
}

/**
 * The call an event is about: by the conversation id recorded at dial time, else by the call_id dynamic variable
 * (a dial whose result was lost in a restart is stored as `unrecorded:<call id>`), else — for an event without
 * variables — by reading the conversation's variables back from the API.
 */
async function findCall(
  conversationId: string,
  callId: string | null,
  config: AppConfig,
): Promise<Call | null> {
  const byConversation = await getCallByExternalId(conversationId);
  if (byConversation) return byConversation;
  const id = callId ?? (await callIdFromApi(conversationId, config));
  if (!id) return null;
  const call = await getCall(id);
  if (!call) return null;
  const recorded = call.externalId;
  if (recorded && !recorded.startsWith("unrecorded:") && recorded !== conversationId) {
    logger.warn("an ElevenLabs webhook's call_id belongs to another conversation", {
      callId: id,
      conversationId,
    });
    return null;
  }
  return call;
}

async function callIdFromApi(conversationId: string, config: AppConfig): Promise<string | null> {
  if (!config.ELEVENLABS_API_KEY) return null;
  try {
    return conversationFromApi(await fetchConversation(conversationId, config)).callId;
  } catch (error) {
    logger.warn("could not read an unknown ElevenLabs conversation back", { conversationId, error });
    return null;
  }
}
