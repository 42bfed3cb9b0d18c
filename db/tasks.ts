// Queries for tasks (intake conversations) and their messages.
import { and, asc, eq } from "drizzle-orm";
import type { BookingRequest, TaskStatus } from "@/lib/intake/booking-request";
import { getDb, transaction } from "./client";
import { taskMessages, tasks, type TaskMessageRow, type TaskRow } from "./schema";

export interface Task extends Omit<TaskRow, "extracted" | "status"> {
  extracted: BookingRequest;
  status: TaskStatus;
}

const asTask = (row: TaskRow): Task => row as Task;

export async function createTask(input: {
  id: string;
  userId: string;
  timeZone: string;
  extracted: BookingRequest;
  status?: TaskStatus;
  now: Date;
}): Promise<Task> {
  const [row] = await getDb()
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
 * Appends one delivered line (a spoken turn) to the task's conversation; false when a line with this delivery key
 * is already stored, so a redelivery changes nothing.
 */
export async function appendDeliveredTaskMessage(input: {
  taskId: string;
  role: "user" | "assistant";
  content: string;
  deliveryKey: string;
  now: Date;
}): Promise<boolean> {
  const inserted = await getDb()
    .insert(taskMessages)
    .values({
      taskId: input.taskId,
      role: input.role,
      content: input.content,
      deliveryKey: input.deliveryKey,
      createdAt: input.now,
    })
    .onConflictDoNothing({ target: [taskMessages.taskId, taskMessages.deliveryKey] })
    .returning({ id: taskMessages.id });
  return inserted.length === 1;
}
