// Tasks: a person's intake conversation. Creating one, a chat turn (streamed reply, extracted fields, status),
// editing the summary card, and what the API returns for a task.
import { getBookingForTask } from "@/db/bookings";
import {
  createTask,
  getTaskForUser,
  listTaskMessages,
  saveChatTurn,
  updateTaskState,
  type Task,
} from "@/db/tasks";
import type { Clock } from "@/lib/clock";
import { getConfig, isKnownTimeZone } from "@/lib/config";
import { notFound } from "@/lib/errors";
import { modelWithinBudget, recordTokensUsed } from "@/lib/guardrails/token-budget";
import { newId } from "@/lib/ids";
import {
  emptyBookingRequest,
  type BookingRequest,
  type BookingRequestPatch,
  type TaskStatus,
} from "./booking-request";
import { bookingTimeZone } from "./booking-zone";
import type { IntakeModel } from "./intake-model";
import { deriveTaskStatus, resolveRequestTimes } from "./normalise";

export interface TaskView {
  task_id: string;
  status: TaskStatus;
  extracted_data: BookingRequest;
  attention: string | null;
  time_zone: string;
  booking_id: string | null;
  messages: Array<{ role: "user" | "assistant"; content: string; at: string }>;
  created_at: string;
}

export async function startTask(input: { userId: string; timeZone?: string }, clock: Clock): Promise<Task> {
  const timeZone =
    input.timeZone && isKnownTimeZone(input.timeZone) ? input.timeZone : getConfig().DEFAULT_TIMEZONE;
  return createTask({
    id: newId("task"),
    userId: input.userId,
    timeZone,
    extracted: emptyBookingRequest,
    now: clock.now(),
  });
}

export async function requireTask(taskId: string, userId: string): Promise<Task> {
  const task = await getTaskForUser(taskId, userId);
  if (!task) throw notFound("The task");
  return task;
}

export async function getTaskView(taskId: string, userId: string): Promise<TaskView> {
  const task = await requireTask(taskId, userId);
  const [messages, booking] = await Promise.all([listTaskMessages(task.id), getBookingForTask(task.id)]);
  return {
    task_id: task.id,
    status: task.status,
    extracted_data: task.extracted,
    attention: task.attention,
    time_zone: bookingTimeZone(task.extracted.location, task.timeZone),
    booking_id: booking?.id ?? null,
    messages: messages.map((m) => ({ role: m.role, content: m.content, at: m.createdAt.toISOString() })),
    created_at: task.createdAt.toISOString(),
  };
}

export interface ChatTurnResult {
  task_id: string;
  reply: string;
  extracted_data: BookingRequest;
  task_status: TaskStatus;
  attention: string | null;
}

/**
 * One chat turn: the reply streams as it is produced; `result` settles once the turn is stored. Past the person's
 * daily LLM token budget the offline extractor answers, and says so.
 */
export async function runChatTurn(
  input: { userId: string; taskId: string; message: string },
  deps: { model: IntakeModel; clock: Clock },
): Promise<{ textStream: AsyncIterable<string>; result: Promise<ChatTurnResult> }> {
  const task = await requireTask(input.taskId, input.userId);
  const history = (await listTaskMessages(task.id)).map((m) => ({ role: m.role, content: m.content }));
  const now = deps.clock.now();
  const zoneBefore = bookingTimeZone(task.extracted.location, task.timeZone);
  const model = await modelWithinBudget(input.userId, deps.model, now);
  const turn = model.runTurn({
    history,
    current: task.extracted,
    message: input.message,
    now,
    timeZone: zoneBefore,
  });
  const result = turn.result.then(async (outcome) => {
    await recordTokensUsed(input.userId, outcome.tokensUsed, now);
    // The place may have changed this turn ("actually make it London"): dates then mean that place's days.
    const zone = bookingTimeZone(outcome.request.location, task.timeZone);
    const request =
      zone === zoneBefore ? outcome.request : resolveRequestTimes(outcome.request, now, zone).request;
    const status = deriveTaskStatus(request, outcome.attention);
    await saveChatTurn({
      taskId: task.id,
      userMessage: input.message,
      assistantMessage: outcome.reply,
      state: { extracted: request, status, attention: outcome.attention },
      now,
    });
    return {
      task_id: task.id,
      reply: outcome.reply,
      extracted_data: request,
      task_status: status,
      attention: outcome.attention,
    };
  });
  return { textStream: turn.textStream, result };
}

/** The person edited the summary card: their values win; dates are re-resolved from the edited timeframe. */
export async function editTask(
  input: { userId: string; taskId: string; patch: BookingRequestPatch },
  clock: Clock,
): Promise<TaskView> {
  const task = await requireTask(input.taskId, input.userId);
  const merged: BookingRequest = { ...task.extracted, ...input.patch };
  const zone = bookingTimeZone(merged.location, task.timeZone);
  const { request, attention } = resolveRequestTimes(merged, clock.now(), zone);
  await updateTaskState(
    task.id,
    { extracted: request, status: deriveTaskStatus(request, attention), attention },
    clock.now(),
  );
  return getTaskView(task.id, input.userId);
}
