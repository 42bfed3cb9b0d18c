// Runs the durable job queue in the test's process, as a server would (lib/runtime.ts): dispatch passes,
// reactions to call events, simulated calls, webhooks. `settleJobs()` waits until no job is due or running.
import { afterAll, beforeAll } from "vitest";
import { reactToCallEvent, type ReactionDeps } from "@/lib/call-event-reactions";
import type { Dialer } from "@/lib/calls/dialer";
import { createJobRunner } from "@/lib/jobs/job-runner";
import { queues } from "@/lib/jobs/queues";
import { getRuntime, startRuntime } from "@/lib/runtime";

export function runJobsDuringTests(): { settleJobs: (timeoutMs?: number) => Promise<void> } {
  let stop: (() => Promise<void>) | undefined;
  beforeAll(() => {
    stop = startRuntime();
  });
  afterAll(async () => {
    await stop?.();
  });
  return { settleJobs: (timeoutMs) => getRuntime().jobs.runUntilIdle(timeoutMs) };
}

/** Stops the background runner for this test file, so the test decides when jobs run (settleJobs). */
export function pauseBackgroundJobs(): void {
  beforeAll(async () => {
    await getRuntime().jobs.stop();
  });
}

/** Runs every due job (and those they queue) to completion, without a running runner. */
export function settleJobs(timeoutMs?: number): Promise<void> {
  return getRuntime().jobs.runUntilIdle(timeoutMs);
}

/**
 * Runs the reactions to call events written so far (and those they cause), and nothing else: unit tests that end
 * calls by hand see the booking settle without a dispatch pass dialing anything behind their back.
 */
export function settleReactions(overrides: Partial<ReactionDeps> = {}): Promise<void> {
  const deps = () => {
    const { clock, config, dialer } = getRuntime();
    return { clock, config, dialer, ...overrides };
  };
  const runner = createJobRunner(
    [{ queue: queues.callEventReactions, handle: (data) => reactToCallEvent(data, deps()) }],
    { pollMs: 60_000 },
  );
  return runner.runUntilIdle();
}

/** Runs a dialer's own jobs (the simulation's calls) until none is left: a test's dialer, not the runtime's. */
export function runDialerJobs(dialer: Dialer, timeoutMs?: number): Promise<void> {
  return createJobRunner(dialer.backgroundWork ?? [], { pollMs: 60_000 }).runUntilIdle(timeoutMs);
}
