// Admin actions on bookings, each one transaction together with its audit entry: canceling a booking's pending
// calls and recording its resolution (retrying a call: db/admin-call-retry.ts).
import { and, eq, inArray } from "drizzle-orm";
import type { AuditActor } from "@/lib/admin/audit-actions";
import type { StoredReason } from "@/lib/sentences/sentence";
import { insertAuditEntry } from "./audit-log";
import { transaction } from "./client";
import { cancelCalls } from "./pending-calls";
import { bookingResolutions, calls, pendingCallStatuses, type BookingResolutionRow } from "./schema";

/** Cancels every call of the booking not dialed yet; returns their ids (none: nothing written, no audit entry). */
export async function cancelPendingCallsAsAdmin(input: {
  bookingId: string;
  reason: StoredReason;
  actor: AuditActor;
  now: Date;
}): Promise<string[]> {
  return transaction(async (tx) => {
    const pending = await tx
      .select({ id: calls.id })
      .from(calls)
      .where(and(eq(calls.bookingId, input.bookingId), inArray(calls.status, [...pendingCallStatuses])));
    const canceled = await cancelCalls(
      input.bookingId,
      pending.map((row) => row.id),
      input.reason,
      input.now,
    );
    if (canceled.length > 0) {
      await insertAuditEntry({
        actor: input.actor,
        action: "booking.cancel_pending_calls",
        targetId: input.bookingId,
        details: { canceled_call_ids: canceled, reason: input.reason.text },
        at: input.now,
      });
    }
    return canceled;
  });
}

/** Records (or rewrites) the booking's resolution note. */
export async function upsertBookingResolution(input: {
  bookingId: string;
  note: string;
  actor: AuditActor;
  now: Date;
}): Promise<BookingResolutionRow> {
  return transaction(async (tx) => {
    const [previous] = await tx
      .select()
      .from(bookingResolutions)
      .where(eq(bookingResolutions.bookingId, input.bookingId))
      .limit(1);
    const values = {
      bookingId: input.bookingId,
      note: input.note,
      resolvedBy: input.actor.userId,
      resolvedByEmail: input.actor.email,
      resolvedAt: input.now,
    };
    const [row] = await tx
      .insert(bookingResolutions)
      .values(values)
      .onConflictDoUpdate({ target: bookingResolutions.bookingId, set: values })
      .returning();
    await insertAuditEntry({
      actor: input.actor,
      action: "booking.resolve",
      targetId: input.bookingId,
      details: { note: input.note, previous_note: previous?.note ?? null },
      at: input.now,
    });
    return row;
  });
}
