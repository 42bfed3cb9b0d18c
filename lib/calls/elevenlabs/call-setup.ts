// What ElevenLabs receives to start one provider call: the dynamic variables (the call's facts, its id and its tool
// token, and the person's number when the call may be handed to them) and the per-call overrides (the system prompt
// and opening line for this purpose and kind of business, the business's language (issue 17); the tools, with the
// transfer tool when allowed).
import type { ElevenLabs } from "@elevenlabs/elevenlabs-js";
import { callLanguageOf, type CallBrief } from "@/lib/calls/call-brief";
import type { AppConfig } from "@/lib/config";
import { renderAgentSystemPrompt } from "@/prompts/agent-system";
import { callVariables } from "@/prompts/call-variables";
import { firstMessageTemplate } from "@/prompts/first-message";
import { handoverNumberVariable } from "./system-tools";
import { toolTokenFor, toolTokenVariable } from "./tool-token";

/** The agent's own tool ids and the hand-over tool's, which a call allowed to hand over adds (issue 16). */
export interface HandoverToolIds {
  agentToolIds: string[];
  transferToolId: string;
}

/** The dynamic variable carrying CallPilot's call id; every tool request and webhook names its call with it. */
export const callIdVariable = "call_id";

export function conversationInitiationData(
  brief: CallBrief,
  config: AppConfig,
  now: Date,
  handoverTools: HandoverToolIds | null = null,
): ElevenLabs.ConversationInitiationClientDataRequestInput {
  // Offered only when the person allows it now and the tool exists: the destination is this call's own person.
  const handover = brief.handover?.allowed && handoverTools ? brief.handover.number : null;
  return {
    // user_id lets CallPilot find the conversation of a call whose dial result was lost (list by user_id).
    userId: brief.callId,
    dynamicVariables: {
      ...callVariables(brief, now),
      [callIdVariable]: brief.callId,
      [toolTokenVariable]: toolTokenFor(brief.callId, config),
      ...(handover ? { [handoverNumberVariable]: handover } : {}),
    },
    conversationConfigOverride: {
      agent: {
        // Speech recognition and the voice follow the business's language; the agent must allow this override.
        language: callLanguageOf(brief),
        firstMessage: firstMessageTemplate(brief),
        prompt: {
          prompt: renderAgentSystemPrompt({
            purpose: brief.purpose,
            mode: brief.mode,
            serviceType: brief.serviceType,
            handover: handover !== null,
            language: callLanguageOf(brief),
          }),
          ...(handover ? { toolIds: [...handoverTools!.agentToolIds, handoverTools!.transferToolId] } : {}),
        },
      },
    },
  };
}
