// The periodic safety work, once per cluster per tick (the periodicSweep job, throttled to one per tick across every
// instance): claims whose dialer died mid-dial are recovered, calls whose vendor report was lost are reconciled from
// the vendor's API, a dispatch pass looks for scheduled calls that fell due, and appointment reminders that fell due
// are emailed (lib/reminders/send-reminders.ts). Nothing here settles bookings or processes events: those run from
// the durable event stream and need no sweep.
import { queueDispatchPass } from "@/db/dispatch-jobs";
import { enqueueThrottledJob } from "@/db/jobs";
import { recoverStaleClaims, type DispatchDeps } from "@/lib/calls/dispatcher";
import { runElevenLabsSweep } from "@/lib/calls/elevenlabs/sweep";
import { reconcileTwilioCalls } from "@/lib/calls/twilio/reconcile";
import { logger } from "@/lib/logger";
import { sendDueReminders } from "@/lib/reminders/send-reminders";
import { queues } from "./queues";

export async function runPeriodicWork(deps: DispatchDeps): Promise<void> {
  const steps: Array<[string, () => Promise<unknown>]> = [
    ["recovering stale claims", () => recoverStaleClaims(deps)],
    ["the ElevenLabs reconciler", () => runElevenLabsSweep(deps)],
    ["the Twilio reconciler", () => reconcileTwilioCalls(deps)],
    ["queueing a dispatch pass", () => queueDispatchPass()],
    ["sending appointment reminders", () => sendDueReminders(deps)],
  ];
  // One step failing (a vendor's API down) does not keep the others from running.
  for (const [name, step] of steps) {
    await step().catch((error) => logger.error(`periodic work: ${name} failed`, { error }));
  }
}

/**
 * Every instance asks for a tick every `seconds`; the job store keeps one job per tick for the whole cluster, so
 * the work runs once per tick however many instances there are, and on whichever is alive.
 */
export function startPeriodicTicks(seconds: number): () => void {
  const slotSeconds = Math.max(1, Math.round(seconds));
  const tick = () =>
    enqueueThrottledJob(queues.periodicSweep, "tick", slotSeconds).catch((error) =>
      logger.warn("could not queue the periodic work", { error }),
    );
  void tick();
  const timer = setInterval(tick, slotSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
