// Tasks: a person's intake conversation. Creating one, a chat turn (streamed reply, extracted fields, status),
// editing the summary card, and what the API returns for a task.
import { z } from "zod";
import { getBookingForTask } from "@/db/bookings";
import {
  countTaskMessages,
  createTask,
  getTaskForUser,
  listRecentTaskMessages,
  listTaskMessages,
  saveChatTurn,
  updateTaskState,
  type Task,
} from "@/db/tasks";
import type { BookingStatus } from "@/db/schema";
import { UsageLimitReached } from "@/db/usage-counters";
import type { Clock } from "@/lib/clock";
import { getConfig, isKnownTimeZone } from "@/lib/config";
import { conflict, notFound } from "@/lib/errors";
import { limitReachedError, taskCharge } from "@/lib/guardrails/limits";
import { runTurnWithinBudget } from "@/lib/guardrails/token-budget";
import { newId } from "@/lib/ids";
import {
  emptyBookingRequest,
  requestLanguage,
  type BookingRequest,
  type BookingRequestPatch,
  type TaskStatus,
} from "./booking-request";
import { bookingTimeZone } from "./booking-zone";
import {
  conversationFullMessage,
  historySentToModel,
  maxMessagesPerTask,
  recentHistory,
} from "./conversation-bounds";
import { appointmentChangeQuestion, type ProposedChange } from "./appointment-change-intent";
import type { IntakeModel } from "./intake-model";
import { deriveTaskStatus, resolveRequestTimes } from "./normalise";

export interface TaskView {
  task_id: string;
  status: TaskStatus;
  extracted_data: BookingRequest;
  attention: string | null;
  time_zone: string;
  booking_id: string | null;
  /** The booking's state: once "booked", the chat takes "cancel it" / "move it to Thursday" (issue 16). */
  booking_status: BookingStatus | null;
  messages: Array<{ role: "user" | "assistant"; content: string; at: string }>;
  created_at: string;
}

/** The body of POST /api/task and the input of the "new request" action. */
export const startTaskBodySchema = z.object({
  time_zone: z
    .string()
    .max(64)
    .optional()
    .describe("The person's IANA time zone; defaults to DEFAULT_TIMEZONE."),
});

export async function startTask(input: { userId: string; timeZone?: string }, clock: Clock): Promise<Task> {
  const timeZone =
    input.timeZone && isKnownTimeZone(input.timeZone) ? input.timeZone : getConfig().DEFAULT_TIMEZONE;
  return storeNewTask({
    id: newId("task"),
    userId: input.userId,
    timeZone,
    extracted: emptyBookingRequest,
    now: clock.now(),
  });
}

/** Stores a new task, counted against the person's tasks for the day: past that limit, a 429 and nothing stored. */
export async function storeNewTask(input: Omit<Parameters<typeof createTask>[0], "charges">): Promise<Task> {
  try {
    return await createTask({ ...input, charges: [taskCharge(input.userId, input.now)] });
  } catch (error) {
    if (error instanceof UsageLimitReached) throw limitReachedError(error, input.now);
    throw error;
  }
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
    booking_status: booking?.status ?? null,
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
  /** The zone the window's dates mean: the place's, once the turn named one (TaskView's time_zone). */
  time_zone: string;
  /** The person asked to cancel or move the booked appointment: what to confirm (issue 16); absent otherwise. */
  proposed_change?: ProposedChange;
}

/**
 * One chat turn: the reply streams as it is produced; `result` settles once the turn is stored. The model is sent
 * the extracted request and only the end of the conversation. Past the person's daily LLM token budget the offline
 * extractor answers, and says so; a conversation at its message cap takes no more turns (409).
 */
export async function runChatTurn(
  input: { userId: string; taskId: string; message: string },
  deps: { model: IntakeModel; clock: Clock },
): Promise<{ textStream: AsyncIterable<string>; result: Promise<ChatTurnResult> }> {
  const task = await requireTask(input.taskId, input.userId);
  // A turn stores two messages. Checked before the model runs, so turns already running may still store theirs.
  if ((await countTaskMessages(task.id)) + 2 > maxMessagesPerTask) throw conflict(conversationFullMessage);
  const stored = await listRecentTaskMessages(task.id, historySentToModel.messages);
  const history = recentHistory(stored.map((m) => ({ role: m.role, content: m.content })));
  const now = deps.clock.now();
  const zoneBefore = bookingTimeZone(task.extracted.location, task.timeZone);
  const change = await appointmentChangeQuestion(
    task.id,
    input.message,
    now,
    requestLanguage(task.extracted),
  );
  if (change) return appointmentChangeTurn(task, input.message, change, zoneBefore, now);
  const turn = await runTurnWithinBudget(input.userId, deps.model, {
    history,
    current: task.extracted,
    message: input.message,
    now,
    timeZone: zoneBefore,
  });
  const result = turn.result.then(async (outcome) => {
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
      time_zone: zone,
    };
  });
  return { textStream: turn.textStream, result };
}

/** The booked appointment's change, asked to be confirmed: the request itself stays as it is. */
function appointmentChangeTurn(
  task: Task,
  message: string,
  change: { reply: string; proposed_change: ProposedChange },
  zone: string,
  now: Date,
): { textStream: AsyncIterable<string>; result: Promise<ChatTurnResult> } {
  const result = saveChatTurn({
    taskId: task.id,
    userMessage: message,
    assistantMessage: change.reply,
    state: { extracted: task.extracted, status: task.status, attention: task.attention },
    now,
  }).then(() => ({
    task_id: task.id,
    reply: change.reply,
    extracted_data: task.extracted,
    task_status: task.status,
    attention: task.attention,
    time_zone: zone,
    proposed_change: change.proposed_change,
  }));
  return { textStream: oneChunk(change.reply), result };
}

async function* oneChunk(text: string): AsyncIterable<string> {
  yield text;
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
