// Voice intake: a signed URL for one conversation with the ElevenLabs intake agent, issued by our server for a
// signed-in person so the browser never holds the API key. The URL is good for starting one conversation, and each
// one is charged against the daily voice-conversation allowances.
import { elevenLabsClient } from "@/lib/calls/elevenlabs/elevenlabs-client";
import type { Clock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import { unavailable } from "@/lib/errors";
import {
  chargeVoiceAllowance,
  refundVoiceAllowance,
  type VoicePayer,
} from "@/lib/guardrails/voice-allowance";
import { requireTask } from "@/lib/intake/tasks";
import { logger } from "@/lib/logger";
import { voiceVendorFailure } from "./vendor-failure";

export interface IntakeSession {
  signed_url: string;
}

export async function issueIntakeSession(
  input: { payer: VoicePayer; taskId: string },
  config: AppConfig,
  clock: Clock,
): Promise<IntakeSession> {
  // Only for a request of the person's own (404 otherwise), so the conversation's tool writes land on it.
  await requireTask(input.taskId, input.payer.userId);
  const agentId = config.ELEVENLABS_INTAKE_AGENT_ID;
  if (!config.ELEVENLABS_API_KEY || !agentId) {
    throw unavailable(
      "Talking to CallPilot through ElevenLabs is not set up on this server (ELEVENLABS_INTAKE_AGENT_ID is not set): use your browser's microphone or type instead.",
    );
  }
  const charges = await chargeVoiceAllowance("voice_sessions", input.payer, 1, config, clock.now());
  try {
    const { signedUrl } = await elevenLabsClient(config).conversationalAi.conversations.getSignedUrl({
      agentId,
    });
    logger.info("voice intake session issued", { taskId: input.taskId, userId: input.payer.userId });
    return { signed_url: signedUrl };
  } catch (error) {
    // No URL, no conversation: it is not counted.
    await refundVoiceAllowance(charges);
    throw voiceVendorFailure(error, "talking to CallPilot");
  }
}
