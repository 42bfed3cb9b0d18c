// Runs the webhook inbox's processing in the background: woken right after each accepted webhook's response (Next's
// after()), coalesced so one pass runs at a time in this process, and again from the periodic sweep for retries.
// Acknowledging comes first: while deliveries keep arriving, processing waits (half a second at most per event), so
// a burst of webhooks is answered quickly and processed right behind it.
import { after } from "next/server";
import type { Clock } from "@/lib/clock";
import { getConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import { processWebhookInbox } from "./post-call-webhook";

const stateKey = Symbol.for("callpilot.elevenlabs.webhook-processor");
type State = { running: boolean; again: boolean; lastAcceptedAt: number };
type Holder = { [stateKey]?: State };

function state(): State {
  const holder = globalThis as Holder;
  holder[stateKey] ??= { running: false, again: false, lastAcceptedAt: 0 };
  return holder[stateKey];
}

/** Asks for a processing pass soon, without waiting for it. */
export function wakeWebhookProcessor(clock: Clock): void {
  const current = state();
  if (current.running) {
    current.again = true;
    return;
  }
  current.running = true;
  setImmediate(async () => {
    try {
      do {
        current.again = false;
        await processWebhookInbox({ config: getConfig(), clock }, afterDeliveriesPause);
      } while (current.again);
    } catch (error) {
      logger.error("processing ElevenLabs webhooks failed", { error });
    } finally {
      current.running = false;
    }
  });
}

const quietMs = 20;
const longestPauseMs = 500;

async function afterDeliveriesPause(): Promise<void> {
  const since = Date.now();
  while (Date.now() - state().lastAcceptedAt < quietMs && Date.now() - since < longestPauseMs) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
  await new Promise((resolve) => setImmediate(resolve));
}

/** Wakes the processor once the response has been sent; outside a request (tests, scripts) right away. */
export function wakeWebhookProcessorAfterResponse(clock: Clock): void {
  state().lastAcceptedAt = Date.now();
  try {
    after(() => wakeWebhookProcessor(clock));
  } catch {
    wakeWebhookProcessor(clock);
  }
}
