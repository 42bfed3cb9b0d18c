// Runs the jobs of the durable queue (db/jobs.ts) in this process: per queue, up to its concurrency at once, fetched
// the moment a job is announced (on any instance, db/notifications.ts) and on a slow poll for jobs that fall due
// later. A handler that throws fails the job, which the store runs again after its retry delay; a job whose process
// dies mid-run is handed out again when it expires. Handlers are therefore idempotent.
import { completeJob, failJob, fetchJobs, type FetchedJob } from "@/db/jobs";
import { listen } from "@/db/notifications";
import { logger } from "@/lib/logger";
import type { QueueSpec } from "./queues";

export type JobHandler = (data: unknown, job: FetchedJob) => Promise<void>;

export interface JobRegistration {
  queue: QueueSpec;
  handle: JobHandler;
}

export interface JobRunner {
  start(): void;
  stop(): Promise<void>;
  /** Started and not stopped: it takes jobs in the background. */
  isRunning(): boolean;
  /** Fetches now rather than at the next poll (after a send in this process). */
  wake(queue?: QueueSpec): void;
  /** Runs jobs until none is due and none is running (tests, scripts). */
  runUntilIdle(timeoutMs?: number): Promise<void>;
}

interface Lane {
  registration: JobRegistration;
  running: Set<Promise<void>>;
  /** The fetch under way, which also makes the one `again` asks for before it settles. */
  fetching: Promise<void> | null;
  again: boolean;
}

export interface JobRunnerOptions {
  pollMs: number;
  /** How a signalled fetch is deferred (lib/jobs/after-response.ts: after the response in flight is sent). */
  defer?: (work: () => void) => void;
}

export function createJobRunner(registrations: JobRegistration[], options: JobRunnerOptions): JobRunner {
  const lanes = new Map<string, Lane>(
    registrations.map((registration) => [
      registration.queue.name,
      { registration, running: new Set(), fetching: null, again: false },
    ]),
  );
  let started = false;
  let poller: NodeJS.Timeout | undefined;
  let unsubscribes: Array<() => void> = [];

  function fill(lane: Lane): Promise<void> {
    // A wake-up scheduled before stop() arrives after it: a stopped runner takes no more jobs.
    if (!started && !draining) return Promise.resolve();
    // A fetch under way fetches once more before it settles; a caller waiting for jobs (runUntilIdle) waits for
    // that, or it would see nothing running while the fetch that finds the next job is still reading.
    if (lane.fetching) {
      lane.again = true;
      return lane.fetching;
    }
    lane.fetching = fetchWhileAsked(lane).finally(() => (lane.fetching = null));
    return lane.fetching;
  }

  async function fetchWhileAsked(lane: Lane): Promise<void> {
    try {
      do {
        lane.again = false;
        const { queue } = lane.registration;
        const free = queue.concurrency - lane.running.size;
        if (free <= 0) break;
        const jobs = await fetchJobs(queue, free);
        for (const job of jobs) track(lane, job);
        if (jobs.length === free) lane.again = true;
      } while (lane.again && (started || draining));
    } catch (error) {
      logger.warn("fetching jobs failed", { queue: lane.registration.queue.name, error });
    }
  }

  function track(lane: Lane, job: FetchedJob): void {
    const { queue, handle } = lane.registration;
    const run = (async () => {
      try {
        await handle(job.data, job);
        await completeJob(queue, job.id);
      } catch (error) {
        logger.error("a job failed; it runs again after its retry delay while it has retries left", {
          queue: queue.name,
          jobId: job.id,
          attempt: job.attempt,
          error,
        });
        await failJob(queue, job.id, error).catch((failure) =>
          logger.error("recording a job's failure failed", {
            queue: queue.name,
            jobId: job.id,
            error: failure,
          }),
        );
      }
    })();
    lane.running.add(run);
    void run.finally(() => {
      lane.running.delete(run);
      // A finished job frees a place: look for the next one.
      if (started || draining) void fill(lane);
    });
  }

  let draining = false;

  const defer = options.defer ?? ((work: () => void) => setImmediate(work));
  const wakeLane = (lane: Lane) => defer(() => void fill(lane));

  return {
    start() {
      if (started) return;
      started = true;
      for (const lane of lanes.values()) {
        unsubscribes.push(listen("jobs", lane.registration.queue.name, () => wakeLane(lane)));
        wakeLane(lane);
      }
      poller = setInterval(() => {
        for (const lane of lanes.values()) void fill(lane);
      }, options.pollMs);
      poller.unref();
    },

    async stop() {
      started = false;
      clearInterval(poller);
      for (const unsubscribe of unsubscribes) unsubscribe();
      unsubscribes = [];
      await Promise.allSettled([...lanes.values()].flatMap((lane) => [...lane.running]));
    },

    isRunning: () => started,

    wake(queue?: QueueSpec) {
      for (const lane of lanes.values()) {
        if (!queue || lane.registration.queue.name === queue.name) wakeLane(lane);
      }
    },

    async runUntilIdle(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      draining = true;
      try {
        for (;;) {
          for (const lane of lanes.values()) await fill(lane);
          const running = [...lanes.values()].flatMap((lane) => [...lane.running]);
          if (running.length === 0) {
            // Nothing ran: one more look, since a finished job may have queued another.
            let found = false;
            for (const lane of lanes.values()) {
              await fill(lane);
              if (lane.running.size > 0) found = true;
            }
            if (!found) return;
          }
          if (Date.now() > deadline) throw new Error(`jobs still running after ${timeoutMs} ms`);
          await Promise.race([...running, new Promise((resolve) => setTimeout(resolve, 50))]);
        }
      } finally {
        draining = false;
      }
    },
  };
}
