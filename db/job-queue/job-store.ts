// What a durable job store does, whichever database holds it: pg-boss on PostgreSQL, the embedded jobs table on
// SQLite. A job sent inside a transaction exists only if that transaction commits.
import type { QueueSpec } from "@/lib/jobs/queues";

export interface JobRequest {
  queue: QueueSpec;
  data: Record<string, unknown>;
  /** Not before this instant (a scheduled call's time); now when absent. */
  startAfter?: Date;
  /** With the queue's "short" policy: a second job with the same key folds into the one already waiting. */
  singletonKey?: string;
  /** Overrides the queue's expiry for a job known to run long (a simulated call with live questions). */
  expireInSeconds?: number;
}

export interface FetchedJob {
  id: string;
  queue: string;
  data: unknown;
  /** 1 on the first run, 2 on the first retry (after a failure or an expiry)... */
  attempt: number;
}

export interface JobStore {
  send(job: JobRequest): Promise<void>;
  /** At most one job per queue, key and slot of `slotSeconds` across the cluster; true when this call created it. */
  sendThrottled(queue: QueueSpec, key: string, slotSeconds: number): Promise<boolean>;
  /** Hands out up to `limit` due jobs of the queue to this worker. */
  fetch(queue: QueueSpec, limit: number): Promise<FetchedJob[]>;
  complete(queue: QueueSpec, id: string): Promise<void>;
  /** Records the failure; the job runs again after the queue's retry delay while it has retries left. */
  fail(queue: QueueSpec, id: string, error: unknown): Promise<void>;
  /**
   * At the start of the only process of an embedded deployment: jobs it was running when it stopped are handed out
   * again now rather than after their expiry. A no-op where several instances share the store (they expire).
   */
  recoverAfterRestart(): Promise<number>;
  stop(): Promise<void>;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
