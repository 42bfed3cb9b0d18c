// What ElevenLabs receives to start one provider call: the dynamic variables (the call's facts, its id and its tool
// token) and the per-call overrides (the system prompt and opening line for this purpose and kind of business).
import type { ElevenLabs } from "@elevenlabs/elevenlabs-js";
import type { CallBrief } from "@/lib/calls/call-brief";
import type { AppConfig } from "@/lib/config";
import { renderAgentSystemPrompt } from "@/prompts/agent-system";
import { callVariables } from "@/prompts/call-variables";
import { firstMessageTemplate } from "@/prompts/first-message";
import { toolTokenFor, toolTokenVariable } from "./tool-token";

/** The dynamic variable carrying CallPilot's call id; every tool request and webhook names its call with it. */
export const callIdVariable = "call_id";

export function conversationInitiationData(
  brief: CallBrief,
  config: AppConfig,
  now: Date,
): ElevenLabs.ConversationInitiationClientDataRequestInput {
  return {
    // user_id lets CallPilot find the conversation of a call whose dial result was lost (list by user_id).
    userId: brief.callId,
    dynamicVariables: {
      ...callVariables(brief, now),
      [callIdVariable]: brief.callId,
      [toolTokenVariable]: toolTokenFor(brief.callId, config),
    },
    conversationConfigOverride: {
      agent: {
        firstMessage: firstMessageTemplate(brief),
        prompt: {
          prompt: renderAgentSystemPrompt({
            purpose: brief.purpose,
            mode: brief.mode,
            serviceType: brief.serviceType,
          }),
        },
      },
    },
  };
}
