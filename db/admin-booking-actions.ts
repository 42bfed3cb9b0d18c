// Admin actions on bookings, each one transaction together with its audit entry: canceling a booking's pending
// calls and recording its resolution (retrying a call: db/admin-call-retry.ts).
import { and, eq, inArray } from "drizzle-orm";
import type { AuditActor } from "@/lib/admin/audit-actions";
import { insertAuditEntry } from "./audit-log";
import { insertCallEvent, notifyBookingChanged } from "./call-events";
import { writeTransaction, type Tx } from "./client";
import { bookingResolutions, calls, pendingCallStatuses, type BookingResolutionRow } from "./schema";

/** Cancels those of `ids` still pending, each with a call_ended event; returns the ids it canceled. */
export function cancelCalls(tx: Tx, bookingId: string, ids: string[], reason: string, now: Date): string[] {
  if (ids.length === 0) return [];
  const canceled = tx
    .update(calls)
    .set({ status: "canceled", failureReason: reason, endedAt: now, updatedAt: now, claimToken: null })
    .where(and(inArray(calls.id, ids), inArray(calls.status, [...pendingCallStatuses])))
    .returning({ id: calls.id })
    .all()
    .map((row) => row.id);
  for (const id of canceled) {
    insertCallEvent(tx, {
      bookingId,
      callId: id,
      type: "call_ended",
      payload: { status: "canceled", reason },
      at: now,
    });
  }
  return canceled;
}

/** Cancels every call of the booking not dialed yet; returns their ids (none: nothing written, no audit entry). */
export async function cancelPendingCallsAsAdmin(input: {
  bookingId: string;
  reason: string;
  actor: AuditActor;
  now: Date;
}): Promise<string[]> {
  const ids = writeTransaction((tx) => {
    const pending = tx
      .select({ id: calls.id })
      .from(calls)
      .where(and(eq(calls.bookingId, input.bookingId), inArray(calls.status, [...pendingCallStatuses])))
      .all()
      .map((row) => row.id);
    const canceled = cancelCalls(tx, input.bookingId, pending, input.reason, input.now);
    if (canceled.length > 0) {
      insertAuditEntry(tx, {
        actor: input.actor,
        action: "booking.cancel_pending_calls",
        targetId: input.bookingId,
        details: { canceled_call_ids: canceled, reason: input.reason },
        at: input.now,
      });
    }
    return canceled;
  });
  if (ids.length > 0) notifyBookingChanged(input.bookingId);
  return ids;
}

/** Records (or rewrites) the booking's resolution note. */
export async function upsertBookingResolution(input: {
  bookingId: string;
  note: string;
  actor: AuditActor;
  now: Date;
}): Promise<BookingResolutionRow> {
  return writeTransaction((tx) => {
    const previous = tx
      .select()
      .from(bookingResolutions)
      .where(eq(bookingResolutions.bookingId, input.bookingId))
      .get();
    const values = {
      bookingId: input.bookingId,
      note: input.note,
      resolvedBy: input.actor.userId,
      resolvedByEmail: input.actor.email,
      resolvedAt: input.now,
    };
    const [row] = tx
      .insert(bookingResolutions)
      .values(values)
      .onConflictDoUpdate({ target: bookingResolutions.bookingId, set: values })
      .returning()
      .all();
    insertAuditEntry(tx, {
      actor: input.actor,
      action: "booking.resolve",
      targetId: input.bookingId,
      details: { note: input.note, previous_note: previous?.note ?? null },
      at: input.now,
    });
    return row;
  });
}
