// Chooses the dialer once from config: ElevenLabs when configured, else Twilio, else the simulation.
import type { Clock } from "@/lib/clock";
import { configuredDialer, type AppConfig } from "@/lib/config";
import type { Dialer } from "./dialer";
import { createElevenLabsDialer } from "./elevenlabs/elevenlabs-dialer";
import { createSimulatedDialer } from "./simulated/simulated-dialer";
import { createTwilioDialer } from "./twilio/twilio-dialer";

export function createDialer(config: AppConfig, clock: Clock): Dialer {
  // ElevenLabs: when ELEVENLABS_API_KEY, ELEVENLABS_AGENT_ID and ELEVENLABS_AGENT_PHONE_NUMBER_ID are set.
  // Twilio: when ElevenLabs is not configured but TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER are.
  const dialer = configuredDialer(config);
  if (dialer === "elevenlabs") return createElevenLabsDialer({ config, clock });
  if (dialer === "twilio") return createTwilioDialer(config);
  return createSimulatedDialer({
    clock,
    callSeconds: config.SIM_CALL_SECONDS,
    dialLatencyMs: config.SIM_DIAL_LATENCY_MS,
    // Instant simulations (tests, SIM_CALL_SECONDS=0) look for an answer once rather than hold a call open.
    questionWaitMs: config.SIM_CALL_SECONDS === 0 ? 0 : config.SIM_QUESTION_WAIT_SECONDS * 1000,
  });
}
