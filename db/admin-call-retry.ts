// An admin's retry of a call: one transaction that reopens the booking if it had settled, replaces an automatic
// retry still waiting, queues the new attempt and writes the audit entry.
import { and, eq, inArray } from "drizzle-orm";
import type { AuditActor } from "@/lib/admin/audit-actions";
import type { Slot } from "@/lib/booking/slot";
import { sentence } from "@/lib/sentences/sentence";
import { insertAuditEntry } from "./audit-log";
import { recordCallEvent } from "./call-events";
import { statusReasonColumns } from "./bookings";
import { asCall, type Call } from "./calls";
import { forUpdate, transaction } from "./client";
import { queueDispatchPass } from "./dispatch-jobs";
import { cancelCalls } from "./pending-calls";
import { bookings, calls, pendingCallStatuses, type BookingStatus, type CallPurpose } from "./schema";

export interface AdminRetryInput {
  retriedCall: {
    id: string;
    bookingId: string;
    providerId: string;
    userId: string;
    purpose: CallPurpose;
    attempt: number;
    distanceKm: number | null;
    targetSlot: Slot | null;
  };
  newCallId: string;
  /** The booking must still be in one of these, or nothing changes (someone else moved it meanwhile). */
  bookingFrom: BookingStatus[];
  bookingTo: BookingStatus;
  actor: AuditActor;
  now: Date;
}

export type AdminRetryResult =
  | { ok: true; call: Call; replacedCallIds: string[]; bookingFrom: BookingStatus }
  | { ok: false; reason: "booking_moved" | "already_retried" };

/**
 * Queues a new attempt of an ended call: reopens the booking when it had settled, replaces an automatic retry
 * still waiting, and refuses when the call already has a later attempt that was dialed.
 */
export async function insertAdminRetry(input: AdminRetryInput): Promise<AdminRetryResult> {
  const { retriedCall: call, now } = input;
  return transaction(async (tx): Promise<AdminRetryResult> => {
    const [booking] = await forUpdate(
      tx.select({ status: bookings.status }).from(bookings).where(eq(bookings.id, call.bookingId)).$dynamic(),
    );
    if (!booking || !input.bookingFrom.includes(booking.status))
      return { ok: false, reason: "booking_moved" };
    const followUps = await tx
      .select({ id: calls.id, status: calls.status })
      .from(calls)
      .where(eq(calls.previousCallId, call.id));
    if (followUps.some((f) => f.status !== "canceled" && !pendingCallStatuses.includes(f.status))) {
      return { ok: false, reason: "already_retried" };
    }
    if (booking.status !== input.bookingTo) {
      await tx
        .update(bookings)
        .set({ status: input.bookingTo, ...statusReasonColumns(null), updatedAt: now })
        .where(eq(bookings.id, call.bookingId));
      await recordCallEvent({
        bookingId: call.bookingId,
        callId: null,
        type: "booking_status",
        payload: { status: input.bookingTo, reason: null, retried_call_id: call.id },
        at: now,
      });
    }
    const replacedCallIds = await cancelCalls(
      call.bookingId,
      followUps.filter((f) => pendingCallStatuses.includes(f.status)).map((f) => f.id),
      sentence("failureReplacedByAdminRetry"),
      now,
    );
    if (call.purpose === "confirmation") {
      // As when the person chooses: inquiries still waiting are not needed while a choice is being confirmed.
      const waiting = await tx
        .select({ id: calls.id })
        .from(calls)
        .where(
          and(
            eq(calls.bookingId, call.bookingId),
            eq(calls.purpose, "inquiry"),
            inArray(calls.status, [...pendingCallStatuses]),
          ),
        );
      await cancelCalls(
        call.bookingId,
        waiting.map((row) => row.id),
        sentence("failureChosenOfferBeingConfirmed"),
        now,
      );
    }
    const [inserted] = await tx
      .insert(calls)
      .values({
        id: input.newCallId,
        bookingId: call.bookingId,
        providerId: call.providerId,
        userId: call.userId,
        purpose: call.purpose,
        attempt: call.attempt + 1,
        previousCallId: call.id,
        distanceKm: call.distanceKm,
        targetSlot: call.targetSlot,
        status: "queued",
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordCallEvent({
      bookingId: call.bookingId,
      callId: input.newCallId,
      type: "call_queued",
      payload: { purpose: call.purpose, attempt: call.attempt + 1, scheduled_for: null, retry_of: call.id },
      at: now,
    });
    await queueDispatchPass();
    await insertAuditEntry({
      actor: input.actor,
      action: "call.retry",
      targetId: call.id,
      details: {
        booking_id: call.bookingId,
        new_call_id: input.newCallId,
        attempt: call.attempt + 1,
        replaced_call_ids: replacedCallIds,
        booking_status: { from: booking.status, to: input.bookingTo },
      },
      at: now,
    });
    return { ok: true, call: asCall(inserted), replacedCallIds, bookingFrom: booking.status };
  });
}
