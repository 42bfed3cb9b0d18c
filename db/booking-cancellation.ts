// The person cancels a booking that is still looking for a slot: the booking and every call not dialed yet end in
// one transaction, so no queued or scheduled attempt is dialed afterwards. Calls already talking learn it from their
// next in-call tool answer (lib/booking/in-call-tools.ts).
import { and, eq, inArray, isNull } from "drizzle-orm";
import { recordCallEvent } from "./call-events";
import { transaction } from "./client";
import { cancelPendingCalls } from "./pending-calls";
import { sentence, type WrittenSentence } from "@/lib/sentences/sentence";
import { statusReasonColumns } from "./bookings";
import { bookings, type BookingStatus } from "./schema";

export const cancellableBookingStatuses: readonly BookingStatus[] = [
  "processing",
  "awaiting_choice",
  "confirming",
];

/** Returns the ids of the calls it cancelled, or null when the booking was not in a cancellable state. */
export async function cancelBookingWithCalls(input: {
  bookingId: string;
  userId: string;
  reason: WrittenSentence;
  now: Date;
}): Promise<string[] | null> {
  return transaction(async (tx) => {
    const updated = await tx
      .update(bookings)
      .set({ status: "canceled", ...statusReasonColumns(input.reason), updatedAt: input.now })
      .where(
        and(
          eq(bookings.id, input.bookingId),
          eq(bookings.userId, input.userId),
          inArray(bookings.status, [...cancellableBookingStatuses]),
          isNull(bookings.bookedCallId),
        ),
      )
      .returning({ id: bookings.id });
    if (updated.length !== 1) return null;
    const callIds = await cancelPendingCalls({
      bookingId: input.bookingId,
      reason: sentence("failureRequestCancelled"),
      now: input.now,
    });
    await recordCallEvent({
      bookingId: input.bookingId,
      callId: null,
      type: "booking_status",
      payload: { status: "canceled", reason: input.reason.text },
      at: input.now,
    });
    return callIds;
  });
}
