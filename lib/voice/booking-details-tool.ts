// The intake agent's client tool `update_booking_details`: the fields it heard, written into the person's task the
// same way the summary card's edits are (the same schema, the same merge and date resolution).
import { z } from "zod";
import type { Clock } from "@/lib/clock";
import { bookingRequestSchema, type BookingRequestPatch } from "@/lib/intake/booking-request";
import { editTask, type TaskView } from "@/lib/intake/tasks";

/**
 * Agents say "nothing heard" with an empty string or null; neither may erase what the person said before. The
 * window is always resolved on our side from the timeframe, so the agent never sends one.
 */
export const voiceBookingDetailsSchema = z.preprocess(
  (value) =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null && field !== ""))
      : value,
  bookingRequestSchema.omit({ window: true }).partial(),
);
export type VoiceBookingDetails = z.infer<typeof voiceBookingDetailsSchema>;

export async function applyVoiceBookingDetails(
  input: { userId: string; taskId: string; details: VoiceBookingDetails },
  clock: Clock,
): Promise<TaskView> {
  const patch: BookingRequestPatch = input.details;
  return editTask({ userId: input.userId, taskId: input.taskId, patch }, clock);
}
