// The durable job queue's named operations, on whichever store the database has (db/job-queue/): pg-boss on
// PostgreSQL, the embedded jobs table on SQLite. One store per process and database.
import { getConfig } from "@/lib/config";
import type { QueueSpec } from "@/lib/jobs/queues";
import { currentDialect, postgresTarget, sqliteConnection } from "./client";
import { createEmbeddedJobStore } from "./job-queue/embedded-store";
import type { FetchedJob, JobRequest, JobStore } from "./job-queue/job-store";
import { createPgBossJobStore } from "./job-queue/pg-boss-store";

export type { FetchedJob, JobRequest } from "./job-queue/job-store";

const holderKey = Symbol.for("callpilot.job-store");
type Holder = { [holderKey]?: { target: unknown; store: JobStore } };

function store(): JobStore {
  const holder = globalThis as Holder;
  const target = currentDialect() === "postgresql" ? postgresTarget()!.url : sqliteConnection();
  const current = holder[holderKey];
  if (current && current.target === target) return current.store;
  if (current) void current.store.stop();
  const created =
    typeof target === "string"
      ? createPgBossJobStore(target, { maintenanceIntervalSeconds: getConfig().JOB_EXPIRY_CHECK_SECONDS })
      : createEmbeddedJobStore();
  holder[holderKey] = { target, store: created };
  return created;
}

/** Queues a job; inside a transaction it exists only once the transaction commits. */
export function enqueueJob(job: JobRequest): Promise<void> {
  return store().send(job);
}

/** One job per queue, key and time slot across every instance (a periodic tick); true when this call made it. */
export function enqueueThrottledJob(queue: QueueSpec, key: string, slotSeconds: number): Promise<boolean> {
  return store().sendThrottled(queue, key, slotSeconds);
}

export function fetchJobs(queue: QueueSpec, limit: number): Promise<FetchedJob[]> {
  return store().fetch(queue, limit);
}

export function completeJob(queue: QueueSpec, id: string): Promise<void> {
  return store().complete(queue, id);
}

export function failJob(queue: QueueSpec, id: string, error: unknown): Promise<void> {
  return store().fail(queue, id, error);
}

/** Jobs a previous run of this (only) process left running are handed out again now; see JobStore. */
export function recoverJobsAfterRestart(): Promise<number> {
  return store().recoverAfterRestart();
}

export async function stopJobStore(): Promise<void> {
  const holder = globalThis as Holder;
  const current = holder[holderKey];
  delete holder[holderKey];
  await current?.store.stop();
}
