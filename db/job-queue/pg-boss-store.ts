// The job store on PostgreSQL: pg-boss (10.4, the last line for Node 20) in its own schema of the same database.
// A job sent inside a transaction is written through that transaction's connection (pg-boss's `db` option), so it
// commits or vanishes with the change that asked for it. pg-boss's maintenance hands out again the jobs of an
// instance that died (expiry), and its throttling index makes a periodic tick one job per cluster.
import PgBoss from "pg-boss";
import type pg from "pg";
import { queues, type QueueSpec } from "@/lib/jobs/queues";
import { logger } from "@/lib/logger";
import { postgresTarget } from "../client";
import { announce } from "../notifications";
import { errorText, type FetchedJob, type JobRequest, type JobStore } from "./job-store";

export interface PgBossOptions {
  /** How often one instance (whichever gets there first) expires lost jobs and archives old ones. */
  maintenanceIntervalSeconds: number;
}

export function createPgBossJobStore(url: string, options: PgBossOptions): JobStore {
  const boss = new PgBoss({
    connectionString: url,
    application_name: "callpilot-jobs",
    max: 4,
    schema: "pgboss",
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 7,
  });
  boss.on("error", (error) => logger.warn("the job queue reported an error", { error }));
  let started: Promise<PgBoss> | undefined;

  // Every queue is created once, at start, one after another and in the same order on every instance: creating
  // queues concurrently (each attaches a partition to pgboss.job) deadlocks in PostgreSQL.
  const ready = (): Promise<PgBoss> => {
    started ??= boss
      .start()
      .then(async (running) => {
        await createQueues(running);
        return running;
      })
      .catch((error: unknown) => {
        // A failed start (the database briefly unreachable) is retried by the next caller, not remembered.
        started = undefined;
        throw error;
      });
    return started;
  };

  return {
    async send(job: JobRequest) {
      const running = await ready();
      const client = postgresTarget()?.transactionClient() as pg.PoolClient | undefined;
      await running.send(job.queue.name, job.data, {
        retryLimit: job.queue.retryLimit,
        retryDelay: job.queue.retryDelaySeconds,
        expireInSeconds: job.expireInSeconds ?? job.queue.expireInSeconds,
        ...(job.startAfter ? { startAfter: job.startAfter } : {}),
        ...(job.singletonKey !== undefined ? { singletonKey: job.singletonKey } : {}),
        ...(client
          ? { db: { executeSql: (text: string, values: unknown[]) => client.query(text, values) } }
          : {}),
      });
      await announce("jobs", job.queue.name);
    },

    async sendThrottled(queue: QueueSpec, key: string, slotSeconds: number) {
      const running = await ready();
      const id = await running.send(
        queue.name,
        {},
        {
          singletonKey: key,
          singletonSeconds: slotSeconds,
          retryLimit: queue.retryLimit,
          expireInSeconds: queue.expireInSeconds,
        },
      );
      if (id) await announce("jobs", queue.name);
      return id !== null;
    },

    async fetch(queue: QueueSpec, limit: number): Promise<FetchedJob[]> {
      const running = await ready();
      const jobs = await running.fetch<unknown>(queue.name, { batchSize: limit, includeMetadata: true });
      return jobs.map((job) => ({
        id: job.id,
        queue: job.name,
        data: job.data,
        attempt: job.retryCount + 1,
      }));
    },

    async complete(queue: QueueSpec, id: string) {
      const running = await ready();
      await running.complete(queue.name, id);
    },

    async fail(queue: QueueSpec, id: string, error: unknown) {
      const running = await ready();
      await running.fail(queue.name, id, { message: errorText(error) });
    },

    // Instances come and go while others run: a job of one that died expires (maintenanceIntervalSeconds).
    async recoverAfterRestart() {
      return 0;
    },

    async stop() {
      if (!started) return;
      const running = await started.catch(() => null);
      await running?.stop({ graceful: false, wait: true, close: true });
    },
  };
}

/** Creates every queue CallPilot uses (pg-boss skips those that exist), in one fixed order. */
export async function createQueues(boss: PgBoss): Promise<void> {
  for (const queue of Object.values(queues)) {
    await boss.createQueue(queue.name, { name: queue.name, policy: queue.policy });
  }
}
