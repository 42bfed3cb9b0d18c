// "Cancel it" / "can we move it to Thursday?" said in the chat of a task whose appointment is booked (issue 16): the
// offline intake recognises it and the assistant asks the person to confirm, with the same action the booking page's
// buttons run (proposed_change). Nothing is called from the chat itself.
import { getBookingForTask } from "@/db/bookings";
import { getProvider } from "@/db/providers";
import { describeSlot } from "@/lib/calls/call-brief";
import { resolveTimeframe } from "./timeframe";

export type AppointmentChangeIntent = { action: "cancel" } | { action: "move"; timeframe: string | null };

export interface ProposedChange {
  action: "cancel" | "move";
  booking_id: string;
  /** A move: the new window as said ("Thursday"), when the message named one. */
  timeframe: string | null;
}

const negated = /\b(don'?t|do not|never|no need to)\s+(cancel|move|reschedule)/i;
const cancelWords = /\b(cancel|call off)\b|\bcan'?t make it\b|\bcannot make it\b/i;
const moveWords = /\b(move|reschedule|push back|postpone|bring forward|change the (date|time|day))\b/i;
const moveTarget = /\b(?:to|for|on|until|till)\s+(.+?)[?.!]*$/i;

export function readAppointmentChangeIntent(message: string): AppointmentChangeIntent | null {
  const text = message.trim();
  if (negated.test(text)) return null;
  if (moveWords.test(text)) {
    const target = moveTarget.exec(text)?.[1]?.trim() ?? null;
    return { action: "move", timeframe: target && target.length <= 200 ? target : null };
  }
  if (cancelWords.test(text)) return { action: "cancel" };
  return null;
}

/** The assistant's question when the message is about this task's booked appointment; null otherwise. */
export async function appointmentChangeQuestion(
  taskId: string,
  message: string,
  now: Date,
): Promise<{ reply: string; proposed_change: ProposedChange } | null> {
  const intent = readAppointmentChangeIntent(message);
  if (!intent) return null;
  const booking = await getBookingForTask(taskId);
  if (!booking || booking.status !== "booked" || !booking.bookedSlotStart || !booking.bookedProviderId)
    return null;
  const provider = await getProvider(booking.bookedProviderId);
  const zone = provider?.timeZone ?? booking.timeZone;
  const when = describeSlot({ start: booking.bookedSlotStart.toISOString() }, zone);
  const business = provider?.name ?? "the business";
  if (intent.action === "cancel") {
    return {
      reply: `Shall I phone ${business} to cancel your appointment on ${when}? Confirm with "Cancel appointment" and I'll call them.`,
      proposed_change: { action: "cancel", booking_id: booking.id, timeframe: null },
    };
  }
  const readable = intent.timeframe && resolveTimeframe(intent.timeframe, now, booking.timeZone);
  if (!readable) {
    return {
      reply: `When would suit you instead of ${when}? Say for example "Thursday or Friday afternoon", and I'll ask ${business} to move it.`,
      proposed_change: { action: "move", booking_id: booking.id, timeframe: null },
    };
  }
  return {
    reply: `Shall I phone ${business} to move your appointment on ${when} to ${intent.timeframe}? Your current slot is kept until they agree to a new one. Confirm with "Move it" and I'll call them.`,
    proposed_change: { action: "move", booking_id: booking.id, timeframe: intent.timeframe },
  };
}
