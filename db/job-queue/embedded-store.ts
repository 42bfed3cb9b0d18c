// The job store of the embedded (SQLite) deployment: the `jobs` table, with pg-boss's semantics where CallPilot
// relies on them — at-least-once delivery with retries, expiry of jobs whose worker vanished, "short" singletons
// and throttled sends — so lib/jobs runs the same handlers the same way on both databases.
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, lt, lte, sql } from "drizzle-orm";
import type { SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import type { QueueSpec } from "@/lib/jobs/queues";
import { getDb } from "../client";
import { embeddedJobs } from "../embedded-jobs-schema";
import { announce } from "../notifications";
import { errorText, type FetchedJob, type JobRequest, type JobStore } from "./job-store";

// The jobs table is SQLite's alone, so its queries use the SQLite driver's own types.
const db = () => getDb() as unknown as SqliteRemoteDatabase;

const keepFinishedMs = 24 * 60 * 60 * 1000;

export function createEmbeddedJobStore(now: () => Date = () => new Date()): JobStore {
  return {
    async send(job: JobRequest) {
      const at = now();
      await db()
        .insert(embeddedJobs)
        .values({
          id: randomUUID(),
          queue: job.queue.name,
          data: job.data,
          singletonKey: job.queue.policy === "short" ? (job.singletonKey ?? "") : (job.singletonKey ?? null),
          runAfter: job.startAfter ?? at,
          retryLimit: job.queue.retryLimit,
          retryDelayMs: job.queue.retryDelaySeconds * 1000,
          expireMs: (job.expireInSeconds ?? job.queue.expireInSeconds) * 1000,
          createdAt: at,
        })
        // A "short" job with the same key already waiting takes this one's place (the unique index says which).
        .onConflictDoNothing();
      await announce("jobs", job.queue.name);
    },

    async sendThrottled(queue: QueueSpec, key: string, slotSeconds: number) {
      const at = now();
      const slotMs = slotSeconds * 1000;
      const inserted = await db()
        .insert(embeddedJobs)
        .values({
          id: randomUUID(),
          queue: queue.name,
          data: {},
          singletonKey: key,
          singletonSlot: Math.floor(at.getTime() / slotMs) * slotMs,
          runAfter: at,
          retryLimit: queue.retryLimit,
          retryDelayMs: queue.retryDelaySeconds * 1000,
          expireMs: queue.expireInSeconds * 1000,
          createdAt: at,
        })
        .onConflictDoNothing()
        .returning({ id: embeddedJobs.id });
      if (inserted.length > 0) await announce("jobs", queue.name);
      return inserted.length > 0;
    },

    async fetch(queue: QueueSpec, limit: number): Promise<FetchedJob[]> {
      const at = now();
      await expireLostJobs(queue, at);
      const due = db()
        .select({ id: embeddedJobs.id })
        .from(embeddedJobs)
        .where(
          and(
            eq(embeddedJobs.queue, queue.name),
            eq(embeddedJobs.state, "created"),
            lte(embeddedJobs.runAfter, at),
          ),
        )
        .orderBy(asc(embeddedJobs.runAfter), asc(embeddedJobs.createdAt))
        .limit(limit);
      const claimed = await db()
        .update(embeddedJobs)
        .set({
          state: "active",
          attempts: sql`${embeddedJobs.attempts} + 1`,
          lockedUntil: sql`${at.getTime()} + ${embeddedJobs.expireMs}`,
        })
        .where(inArray(embeddedJobs.id, due))
        .returning();
      return claimed.map((row) => ({ id: row.id, queue: row.queue, data: row.data, attempt: row.attempts }));
    },

    async complete(_queue: QueueSpec, id: string) {
      await db()
        .update(embeddedJobs)
        .set({ state: "completed", completedAt: now(), lockedUntil: null })
        .where(and(eq(embeddedJobs.id, id), eq(embeddedJobs.state, "active")));
    },

    async fail(_queue: QueueSpec, id: string, error: unknown) {
      const at = now();
      const message = errorText(error);
      // Back to waiting while retries are left; OR IGNORE leaves it when another job with its singleton key
      // already waits (that one does the work), and the next statement marks it failed.
      await db().run(
        sql`update or ignore jobs set state = 'created', run_after = ${at.getTime()} + retry_delay_ms, locked_until = null,
            last_error = ${message} where id = ${id} and state = 'active' and attempts <= retry_limit`,
      );
      await db()
        .update(embeddedJobs)
        .set({ state: "failed", lockedUntil: null, lastError: message, completedAt: at })
        .where(and(eq(embeddedJobs.id, id), eq(embeddedJobs.state, "active")));
    },

    async recoverAfterRestart() {
      const released = await db()
        .update(embeddedJobs)
        .set({ lockedUntil: new Date(0) })
        .where(eq(embeddedJobs.state, "active"))
        .returning({ id: embeddedJobs.id });
      return released.length;
    },

    async stop() {},
  };

  /** Jobs whose worker held them past their expiry (its process died): handed out again, or failed when spent. */
  async function expireLostJobs(queue: QueueSpec, at: Date): Promise<void> {
    await db().run(
      sql`update or ignore jobs set state = 'created', run_after = ${at.getTime()}, locked_until = null,
          last_error = 'The worker running it stopped answering (expired).'
          where queue = ${queue.name} and state = 'active' and locked_until < ${at.getTime()} and attempts <= retry_limit`,
    );
    await db()
      .update(embeddedJobs)
      .set({
        state: "failed",
        lockedUntil: null,
        lastError: "Expired with no retries left.",
        completedAt: at,
      })
      .where(
        and(
          eq(embeddedJobs.queue, queue.name),
          eq(embeddedJobs.state, "active"),
          lt(embeddedJobs.lockedUntil, at),
        ),
      );
    await db()
      .delete(embeddedJobs)
      .where(
        and(
          eq(embeddedJobs.queue, queue.name),
          inArray(embeddedJobs.state, ["completed", "failed"]),
          lt(embeddedJobs.completedAt, new Date(at.getTime() - keepFinishedMs)),
        ),
      );
  }
}
