// Reading conversations back from ElevenLabs: find a call's conversation by its call id (the conversation's
// user_id), and fetch a finished conversation (the reconciler's view of a lost webhook).
import type { ElevenLabs } from "@elevenlabs/elevenlabs-js";
import type { AppConfig } from "@/lib/config";
import { elevenLabsClient } from "./elevenlabs-client";

/** The id of the conversation ElevenLabs started for this call, or null when it lists none. */
export async function findConversationOfCall(callId: string, config: AppConfig): Promise<string | null> {
  const page = await elevenLabsClient(config).conversationalAi.conversations.list({
    agentId: config.ELEVENLABS_AGENT_ID,
    userId: callId,
    pageSize: 1,
  });
  return page.conversations[0]?.conversationId ?? null;
}

export async function fetchConversation(
  conversationId: string,
  config: AppConfig,
): Promise<ElevenLabs.GetConversationResponseModel> {
  return elevenLabsClient(config).conversationalAi.conversations.get(conversationId);
}
