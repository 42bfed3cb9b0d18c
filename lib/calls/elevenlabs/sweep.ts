// ElevenLabs' share of the periodic work: calls whose post-call webhook never came are reconciled from the API.
import type { Clock } from "@/lib/clock";
import { elevenLabsEnabled, type AppConfig } from "@/lib/config";
import { reconcileLostCalls } from "./reconciler";

export async function runElevenLabsSweep(deps: { config: AppConfig; clock: Clock }): Promise<void> {
  if (!elevenLabsEnabled(deps.config)) return;
  await reconcileLostCalls(deps);
}
