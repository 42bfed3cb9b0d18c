// Queries for tasks (intake conversations) and their messages.
import { and, asc, count, desc, eq } from "drizzle-orm";
import type { BookingRequest, TaskStatus } from "@/lib/intake/booking-request";
import { forUpdate, getDb, transaction } from "./client";
import { taskMessages, tasks, type TaskMessageRow, type TaskRow } from "./schema";
import { applyCharges, type UsageCharge } from "./usage-counters";

export interface Task extends Omit<TaskRow, "extracted" | "status"> {
  extracted: BookingRequest;
  status: TaskStatus;
}

const asTask = (row: TaskRow): Task => row as Task;

/**
 * Creates the task, with the daily allowance it uses (one over its limit creates nothing and throws
 * UsageLimitReached) in the same transaction.
 */
export async function createTask(input: {
  id: string;
  userId: string;
  timeZone: string;
  extracted: BookingRequest;
  status?: TaskStatus;
  charges?: readonly UsageCharge[];
  now: Date;
}): Promise<Task> {
  return transaction(async (tx) => {
    await applyCharges(input.charges ?? []);
    const [row] = await tx
      .insert(tasks)
      .values({
        id: input.id,
        userId: input.userId,
        timeZone: input.timeZone,
        extracted: input.extracted,
        status: input.status ?? "gathering_info",
        createdAt: input.now,
        updatedAt: input.now,
      })
      .returning();
    return asTask(row);
  });
}

/** The task when it belongs to this person; undefined otherwise (callers answer 404 either way). */
export async function getTaskForUser(taskId: string, userId: string): Promise<Task | undefined> {
  const [row] = await getDb()
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, taskId), eq(tasks.userId, userId)))
    .limit(1);
  return row ? asTask(row) : undefined;
}

export async function listTaskMessages(taskId: string): Promise<TaskMessageRow[]> {
  return getDb()
    .select()
    .from(taskMessages)
    .where(eq(taskMessages.taskId, taskId))
    .orderBy(asc(taskMessages.id));
}

/** The task's last `limit` messages, oldest first. */
export async function listRecentTaskMessages(taskId: string, limit: number): Promise<TaskMessageRow[]> {
  const newestFirst = await getDb()
    .select()
    .from(taskMessages)
    .where(eq(taskMessages.taskId, taskId))
    .orderBy(desc(taskMessages.id))
    .limit(limit);
  return newestFirst.reverse();
}

export async function countTaskMessages(taskId: string): Promise<number> {
  const [row] = await getDb()
    .select({ messages: count() })
    .from(taskMessages)
    .where(eq(taskMessages.taskId, taskId));
  return row?.messages ?? 0;
}

export interface TaskState {
  extracted: BookingRequest;
  status: TaskStatus;
  attention: string | null;
}

/** Stores one chat turn (the person's message, the reply) and the task's new state, all or nothing. */
export async function saveChatTurn(input: {
  taskId: string;
  userMessage: string;
  assistantMessage: string;
  state: TaskState;
  now: Date;
}): Promise<Task> {
  return transaction(async (tx) => {
    await tx.insert(taskMessages).values([
      { taskId: input.taskId, role: "user", content: input.userMessage, createdAt: input.now },
      { taskId: input.taskId, role: "assistant", content: input.assistantMessage, createdAt: input.now },
    ]);
    const [row] = await tx
      .update(tasks)
      .set({ ...input.state, updatedAt: input.now })
      .where(eq(tasks.id, input.taskId))
      .returning();
    return asTask(row);
  });
}

/** Stores the task's new state after the person edited the summary card. */
export async function updateTaskState(taskId: string, state: TaskState, now: Date): Promise<Task> {
  const [row] = await getDb()
    .update(tasks)
    .set({ ...state, updatedAt: now })
    .where(eq(tasks.id, taskId))
    .returning();
  return asTask(row);
}

/**
 * Appends one delivered line (a spoken turn) to the task's conversation while it holds fewer than `maxMessages`:
 * "duplicate" when a line with this delivery key is already stored (a redelivery changes nothing, even on a full
 * conversation), "full" when there is no room. The task's row is locked while its messages are counted, so
 * concurrent deliveries cannot pass the cap together.
 */
export async function appendDeliveredTaskMessage(input: {
  taskId: string;
  role: "user" | "assistant";
  content: string;
  deliveryKey: string;
  maxMessages: number;
  now: Date;
}): Promise<"stored" | "duplicate" | "full"> {
  return transaction(async (tx) => {
    await forUpdate(tx.select({ id: tasks.id }).from(tasks).where(eq(tasks.id, input.taskId)).$dynamic());
    const [delivered] = await tx
      .select({ id: taskMessages.id })
      .from(taskMessages)
      .where(and(eq(taskMessages.taskId, input.taskId), eq(taskMessages.deliveryKey, input.deliveryKey)))
      .limit(1);
    if (delivered) return "duplicate";
    if ((await countTaskMessages(input.taskId)) >= input.maxMessages) return "full";
    await tx.insert(taskMessages).values({
      taskId: input.taskId,
      role: input.role,
      content: input.content,
      deliveryKey: input.deliveryKey,
      createdAt: input.now,
    });
    return "stored";
  });
}
