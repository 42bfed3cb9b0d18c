// Queries for the calls that cancel or move a booked appointment (issue 16): queueing one at most per booking at a
// time, with its charge, its call_queued event and the dispatch pass that dials it, all or nothing.
import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { RequestedWindow } from "@/lib/booking/move-window";
import type { Slot } from "@/lib/booking/slot";
import { recordCallEvent } from "./call-events";
import { asCall, type Call } from "./calls";
import { forUpdate, transaction } from "./client";
import { queueDispatchPass } from "./dispatch-jobs";
import { bookings, calls, terminalCallStatuses } from "./schema";
import { applyCharges, type UsageCharge } from "./usage-counters";

export type QueuedChange =
  | { queued: true; call: Call }
  /** A call about the appointment is already on its way: nothing new was queued. */
  | { queued: false; reason: "call_under_way"; call: Call }
  /** The appointment is no longer the one asked about (cancelled, moved meanwhile). */
  | { queued: false; reason: "not_booked" };

/**
 * Queues a cancellation or reschedule call for the booked appointment. The booking's row is locked while the
 * unfinished calls about it are looked up, so two concurrent requests queue one call between them.
 */
export async function queueAppointmentChangeCall(input: {
  id: string;
  bookingId: string;
  purpose: "cancellation" | "reschedule";
  appointment: Slot;
  requestedWindow: RequestedWindow | null;
  charges: readonly UsageCharge[];
  now: Date;
}): Promise<QueuedChange> {
  return transaction(async (tx): Promise<QueuedChange> => {
    const [booking] = await forUpdate(
      tx.select().from(bookings).where(eq(bookings.id, input.bookingId)).$dynamic(),
    );
    if (
      !booking ||
      booking.status !== "booked" ||
      booking.bookedSlotStart?.getTime() !== Date.parse(input.appointment.start)
    ) {
      return { queued: false, reason: "not_booked" };
    }
    const [underWay] = await tx
      .select()
      .from(calls)
      .where(
        and(
          eq(calls.bookingId, input.bookingId),
          inArray(calls.purpose, ["cancellation", "reschedule"]),
          notInArray(calls.status, [...terminalCallStatuses]),
        ),
      )
      .limit(1);
    if (underWay) return { queued: false, reason: "call_under_way", call: asCall(underWay) };
    await applyCharges(input.charges);
    const [source] = await tx
      .select({ distanceKm: calls.distanceKm })
      .from(calls)
      .where(eq(calls.id, booking.bookedCallId ?? ""))
      .limit(1);
    const [inserted] = await tx
      .insert(calls)
      .values({
        id: input.id,
        bookingId: input.bookingId,
        providerId: booking.bookedProviderId!,
        userId: booking.userId,
        purpose: input.purpose,
        status: "queued",
        previousCallId: null,
        distanceKm: source?.distanceKm ?? null,
        targetSlot: input.appointment,
        requestedWindow: input.requestedWindow,
        createdAt: input.now,
        updatedAt: input.now,
      })
      .returning();
    await recordCallEvent({
      bookingId: input.bookingId,
      callId: input.id,
      type: "call_queued",
      payload: { purpose: input.purpose, attempt: 1, scheduled_for: null },
      at: input.now,
    });
    await queueDispatchPass();
    return { queued: true, call: asCall(inserted) };
  });
}
