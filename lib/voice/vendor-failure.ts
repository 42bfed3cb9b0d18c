// What an ElevenLabs failure during voice intake or read-aloud means for the person: a 503 with a sentence they can
// act on, and the vendor's own words in the log only (they may name account details).
import { ElevenLabsError, ElevenLabsTimeoutError } from "@elevenlabs/elevenlabs-js";
import { AppError, unavailable } from "@/lib/errors";
import { logger } from "@/lib/logger";

export function voiceVendorFailure(error: unknown, what: string): AppError {
  if (error instanceof AppError) return error;
  const status = error instanceof ElevenLabsError ? error.statusCode : undefined;
  logger.warn("ElevenLabs refused a voice request", {
    what,
    status,
    error: error instanceof Error ? error.message : String(error),
  });
  if (error instanceof ElevenLabsTimeoutError) {
    return unavailable(
      `ElevenLabs did not answer in time, so ${what} is not available right now: try again.`,
    );
  }
  if (status === 429) {
    return unavailable(`ElevenLabs is busy, so ${what} is not available right now: try again in a minute.`);
  }
  if (status === 401 || status === 403) {
    return unavailable(
      `ElevenLabs refused CallPilot's API key, so ${what} is not available: an administrator needs to check ELEVENLABS_API_KEY.`,
    );
  }
  if (status === 404) {
    return unavailable(
      `ElevenLabs does not know the configured agent or voice, so ${what} is not available: an administrator needs to check the ElevenLabs settings.`,
    );
  }
  return unavailable(`ElevenLabs could not be reached, so ${what} is not available right now: try again.`);
}
