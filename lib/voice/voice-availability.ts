// Which voice features ElevenLabs provides in this configuration; the browser's own speech covers the rest.
import type { AppConfig } from "@/lib/config";

export interface VoiceAvailability {
  /** A spoken conversation with the ElevenLabs intake agent (needs the API key and the intake agent id). */
  agent: boolean;
  /** Replies read aloud by ElevenLabs text-to-speech (needs the API key). */
  speech: boolean;
}

export function voiceAvailability(config: AppConfig): VoiceAvailability {
  return {
    agent: Boolean(config.ELEVENLABS_API_KEY && config.ELEVENLABS_INTAKE_AGENT_ID),
    speech: Boolean(config.ELEVENLABS_API_KEY),
  };
}
