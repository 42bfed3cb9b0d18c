// The job table of the embedded queue (db/job-queue/embedded-store.ts), on SQLite only: on PostgreSQL the jobs live
// in pg-boss's own schema. Kept apart from db/schema.ts so PostgreSQL's migrations never create it.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const embeddedJobStates = ["created", "active", "completed", "failed"] as const;
export type EmbeddedJobState = (typeof embeddedJobStates)[number];

export const embeddedJobs = sqliteTable(
  "jobs",
  {
    id: text("id").primaryKey(),
    /** The queue (job name) it waits in. */
    queue: text("queue").notNull(),
    data: text("data", { mode: "json" }).notNull(),
    state: text("state", { enum: embeddedJobStates }).notNull().default("created"),
    /** At most one waiting job per queue and key (pg-boss's "short" policy). */
    singletonKey: text("singleton_key"),
    /** Start of the time slot a throttled job belongs to: one job per queue, key and slot (pg-boss's singletonSeconds). */
    singletonSlot: integer("singleton_slot"),
    runAfter: integer("run_after", { mode: "timestamp_ms" }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    retryLimit: integer("retry_limit").notNull(),
    retryDelayMs: integer("retry_delay_ms").notNull(),
    /** How long a worker may hold the job before it counts as lost (its process died) and is handed out again. */
    expireMs: integer("expire_ms").notNull(),
    lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
    lastError: text("last_error"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
  },
  (table) => [
    index("jobs_due_idx").on(table.state, table.runAfter),
    uniqueIndex("jobs_waiting_singleton_idx")
      .on(table.queue, table.singletonKey)
      .where(sql`state = 'created' and singleton_key is not null and singleton_slot is null`),
    uniqueIndex("jobs_throttle_idx")
      .on(table.queue, table.singletonKey, table.singletonSlot)
      .where(sql`singleton_slot is not null`),
  ],
);
export type EmbeddedJobRow = typeof embeddedJobs.$inferSelect;
