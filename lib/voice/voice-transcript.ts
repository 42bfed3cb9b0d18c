// The spoken intake conversation's lines (the person's words, the agent's replies) stored in the task's chat history
// beside typed messages, up to the conversation's message cap. Only stored: the agent's update_booking_details tool
// already writes the fields, so these lines never run the extractor again.
import { createHash } from "node:crypto";
import { z } from "zod";
import { appendDeliveredTaskMessage } from "@/db/tasks";
import type { Clock } from "@/lib/clock";
import { conflict } from "@/lib/errors";
import { maxMessageCharacters } from "@/lib/intake/message-length";
import { conversationFullMessage, maxMessagesPerTask } from "@/lib/intake/conversation-bounds";
import { getTaskView, requireTask, type TaskView } from "@/lib/intake/tasks";
import { validationMessage } from "@/lib/sentences/validation-message";

export const voiceTranscriptLineSchema = z
  .object({
    role: z.enum(["user", "assistant"]).describe("Who spoke: the person or the intake agent."),
    text: z
      .string()
      .trim()
      .min(1, validationMessage("validationTextEmpty"))
      .max(maxMessageCharacters, validationMessage("validationTextTooLong", { max: maxMessageCharacters })),
    conversation_id: z.string().trim().min(1).max(200).optional().describe("ElevenLabs' conversation id."),
    event_id: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe("ElevenLabs' event id within that conversation."),
    sequence: z
      .number()
      .int()
      .nonnegative()
      .max(1_000_000)
      .describe(
        "The line's position in the conversation, counted by the browser; identifies lines without an event id.",
      ),
  })
  .strict();
export type VoiceTranscriptLine = z.infer<typeof voiceTranscriptLineSchema>;

/**
 * ElevenLabs numbers events within one conversation, so its event id names a line only together with the conversation;
 * without one the browser's sequence number (with the role and the words) does.
 */
export function transcriptDeliveryKey(line: VoiceTranscriptLine): string {
  const identity =
    line.conversation_id !== undefined && line.event_id !== undefined
      ? ["elevenlabs", line.conversation_id, line.role, line.event_id]
      : ["sequence", line.conversation_id ?? null, line.role, line.sequence, line.text];
  return `voice:${createHash("sha256").update(JSON.stringify(identity)).digest("hex")}`;
}

/**
 * Stores the line once (a redelivery changes nothing) and answers with the task as GET /api/task/{id} shows it; 409
 * when the conversation is at its cap.
 */
export async function recordVoiceTranscriptLine(
  input: { userId: string; taskId: string; line: VoiceTranscriptLine },
  clock: Clock,
): Promise<TaskView> {
  const task = await requireTask(input.taskId, input.userId);
  const outcome = await appendDeliveredTaskMessage({
    taskId: task.id,
    role: input.line.role,
    content: input.line.text,
    deliveryKey: transcriptDeliveryKey(input.line),
    maxMessages: maxMessagesPerTask,
    now: clock.now(),
  });
  if (outcome === "full") throw conflict(conversationFullMessage);
  return getTaskView(task.id, input.userId);
}
