// The composition root: builds the process's outside services once from config (the clock, the dialer, the intake
// model, the transcript translator) and wires what runs on the durable job queue — dispatch passes, reactions to
// call events, webhook processing, the dialer's own background work, the periodic safety work. Route handlers and
// start-up ask it for what they need; the dispatcher, the dialers, ingestion and the reactions never import it (they
// are given deps).
import { queues } from "@/lib/jobs/queues";
import { callEventReactionJob, reactToCallEvent } from "./call-event-reactions";
import type { Dialer } from "./calls/dialer";
import { runDispatchPass } from "./calls/dispatcher";
import { processWebhookEvent, webhookJob } from "./calls/elevenlabs/post-call-webhook";
import { createDialer } from "./calls/select-dialer";
import { systemClock, type Clock } from "./clock";
import { getConfig, type AppConfig } from "./config";
import type { IntakeModel } from "./intake/intake-model";
import { createIntakeModel, createLanguageModel } from "./intake/select-model";
import {
  createLlmTranscriptTranslator,
  type TranscriptTranslator,
} from "./calls/translation/transcript-translator";
import { runAfterResponse } from "./jobs/after-response";
import { createJobRunner, type JobRegistration, type JobRunner } from "./jobs/job-runner";
import { runPeriodicWork, startPeriodicTicks } from "./jobs/periodic-work";

export interface Runtime {
  clock: Clock;
  config: AppConfig;
  dialer: Dialer;
  intakeModel: IntakeModel;
  /** Translates call transcripts for the booking page; null without an LLM (lines are shown as spoken). */
  transcriptTranslator: TranscriptTranslator | null;
  jobs: JobRunner;
}

const runtimeKey = Symbol.for("callpilot.runtime");
type Holder = { [runtimeKey]?: Runtime };

export function getRuntime(): Runtime {
  const holder = globalThis as Holder;
  if (!holder[runtimeKey]) {
    const config = getConfig();
    const clock = systemClock;
    const dialer = createDialer(config, clock);
    holder[runtimeKey] = {
      clock,
      config,
      dialer,
      intakeModel: createIntakeModel(config),
      transcriptTranslator: createTranscriptTranslator(config),
      jobs: createJobRunner(jobRegistrations(dialer), { pollMs: jobPollMs, defer: runAfterResponse }),
    };
  }
  return holder[runtimeKey];
}

function createTranscriptTranslator(config: AppConfig): TranscriptTranslator | null {
  const model = createLanguageModel(config);
  return model ? createLlmTranscriptTranslator(model) : null;
}

// How often each queue is looked at without a signal: jobs that fall due later (a scheduled call) and signals lost
// while a LISTEN session reconnected. Sent jobs are picked up at once by their announcement.
const jobPollMs = 1_000;

/**
 * What each queue's jobs do. Every handler reads the runtime when it runs, so a test that swaps the clock or the
 * dialer (overrideRuntime) has its jobs use the new ones.
 */
function jobRegistrations(dialer: Dialer): JobRegistration[] {
  const deps = () => {
    const runtime = getRuntime();
    return { clock: runtime.clock, config: runtime.config, dialer: runtime.dialer };
  };
  return [
    { queue: queues.dispatchCalls, handle: async () => void (await runDispatchPass(deps())) },
    {
      queue: queues.callEventReactions,
      handle: (data) => reactToCallEvent(callEventReactionJob.parse(data), deps()),
    },
    {
      queue: queues.elevenLabsWebhook,
      handle: async (data) => void (await processWebhookEvent(webhookJob.parse(data).key, deps())),
    },
    { queue: queues.periodicSweep, handle: () => runPeriodicWork(deps()) },
    // The dialer's own work (the simulation's calls), always through the dialer the runtime has now.
    ...(dialer.backgroundWork ?? []).map((work) => ({
      queue: work.queue,
      handle: (data: unknown, job: Parameters<JobRegistration["handle"]>[1]) => {
        const current = getRuntime().dialer.backgroundWork?.find(
          (item) => item.queue.name === work.queue.name,
        );
        return (current ?? work).handle(data, job);
      },
    })),
  ];
}

/** Starts running jobs in this process, with the periodic ticks; returns the function that stops both. */
export function startRuntime(): () => Promise<void> {
  const runtime = getRuntime();
  runtime.jobs.start();
  const stopTicks = startPeriodicTicks(runtime.config.DISPATCH_SWEEP_SECONDS);
  return async () => {
    stopTicks();
    await runtime.jobs.stop();
  };
}

/** Replaces parts of the runtime (a fixed clock, a counting dialer); returns a function restoring the previous one. */
export function overrideRuntime(overrides: Partial<Omit<Runtime, "jobs">>): () => void {
  const holder = globalThis as Holder;
  const previous = holder[runtimeKey];
  holder[runtimeKey] = { ...getRuntime(), ...overrides };
  return () => {
    holder[runtimeKey] = previous;
  };
}
