// Replies read aloud: ElevenLabs text-to-speech, streamed through as it is generated (MP3), never buffered whole.
// Each text is charged against the daily read-aloud allowances before ElevenLabs is asked.
import { z } from "zod";
import { elevenLabsClient } from "@/lib/calls/elevenlabs/elevenlabs-client";
import type { Clock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import { invalid, unavailable } from "@/lib/errors";
import {
  chargeVoiceAllowance,
  refundVoiceAllowance,
  type VoicePayer,
} from "@/lib/guardrails/voice-allowance";
import { voiceAvailability } from "./voice-availability";
import { voiceVendorFailure } from "./vendor-failure";

export const speechRequestSchema = z.object({ text: z.string() }).strict();

export const speechContentType = "audio/mpeg";

/**
 * The spoken audio of `text` as a byte stream; 400 on empty or over-long text, 503 when ElevenLabs is not set up,
 * 429 past a daily read-aloud allowance.
 */
export async function streamSpeech(
  input: { text: string; payer: VoicePayer },
  config: AppConfig,
  clock: Clock,
): Promise<ReadableStream<Uint8Array>> {
  const spoken = input.text.trim();
  if (spoken === "") throw invalid('There is no text to read aloud: send { "text": "..." } with some words.');
  if (spoken.length > config.TTS_MAX_CHARACTERS) {
    throw invalid(
      `The text is too long to read aloud: ${config.TTS_MAX_CHARACTERS.toLocaleString("en-US")} characters at most (got ${spoken.length.toLocaleString("en-US")}).`,
    );
  }
  if (!voiceAvailability(config).speech) {
    throw unavailable(
      "Reading replies aloud with ElevenLabs is not set up on this server (ELEVENLABS_API_KEY is not set): use your browser's own speech instead.",
    );
  }
  const charges = await chargeVoiceAllowance(
    "tts_characters",
    input.payer,
    spoken.length,
    config,
    clock.now(),
  );
  try {
    return await elevenLabsClient(config).textToSpeech.stream(config.ELEVENLABS_TTS_VOICE_ID, {
      text: spoken,
      modelId: config.ELEVENLABS_TTS_MODEL_ID,
      outputFormat: "mp3_44100_128",
    });
  } catch (error) {
    // Refused before any audio: ElevenLabs read nothing, so neither is anything counted.
    await refundVoiceAllowance(charges);
    throw voiceVendorFailure(error, "reading replies aloud");
  }
}
