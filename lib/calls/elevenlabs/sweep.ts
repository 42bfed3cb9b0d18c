// ElevenLabs' share of the periodic sweep: webhooks whose processing failed are tried again, and calls whose webhook
// never came are reconciled from the API.
import type { Clock } from "@/lib/clock";
import { elevenLabsEnabled, type AppConfig } from "@/lib/config";
import { reconcileLostCalls } from "./reconciler";
import { wakeWebhookProcessor } from "./webhook-processor";

export async function runElevenLabsSweep(deps: { config: AppConfig; clock: Clock }): Promise<void> {
  if (!elevenLabsEnabled(deps.config)) return;
  wakeWebhookProcessor(deps.clock);
  await reconcileLostCalls(deps);
}
