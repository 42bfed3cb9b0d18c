// Queries for the calls that cancel or move a booked appointment (issue 16): queueing one at most per booking at a
// time, with its charge, its call_queued event and the dispatch pass that dials it (db/calls.ts enqueueCall), all or
// nothing.
import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { RequestedWindow } from "@/lib/booking/move-window";
import type { Slot } from "@/lib/booking/slot";
import { asCall, enqueueCall, type Call } from "./calls";
import { forUpdate, transaction } from "./client";
import { bookings, calls, terminalCallStatuses } from "./schema";
import type { UsageCharge } from "./usage-counters";

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
    const [source] = await tx
      .select({ distanceKm: calls.distanceKm })
      .from(calls)
      .where(eq(calls.id, booking.bookedCallId ?? ""))
      .limit(1);
    const call = await enqueueCall({
      id: input.id,
      bookingId: input.bookingId,
      providerId: booking.bookedProviderId!,
      userId: booking.userId,
      purpose: input.purpose,
      attempt: 1,
      previousCallId: null,
      distanceKm: source?.distanceKm ?? null,
      targetSlot: input.appointment,
      requestedWindow: input.requestedWindow,
      scheduledFor: null,
      charges: input.charges,
      now: input.now,
    });
    return { queued: true, call };
  });
}
