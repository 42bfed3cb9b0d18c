// Calls of a booking that have not been dialed yet (queued, or scheduled for later: retries, closed hours), ended
// in one UPDATE inside the caller's transaction, so a booking that is booked or cancelled never dials one of them.
import { and, eq, inArray, ne } from "drizzle-orm";
import { recordCallEvents } from "./call-events";
import type { StoredReason } from "@/lib/sentences/sentence";
import { failureColumns } from "./call-failure-columns";
import { getDb, transaction } from "./client";
import { calls, pendingCallStatuses } from "./schema";

/** Cancels every queued or scheduled call of the booking (joining the caller's transaction); returns their ids. */
export async function cancelPendingCalls(input: {
  bookingId: string;
  reason: StoredReason;
  now: Date;
  purpose?: "inquiry";
}): Promise<string[]> {
  // Release calls are what a settled booking still owes the businesses holding a slot: never cancelled here.
  const conditions = [
    eq(calls.bookingId, input.bookingId),
    inArray(calls.status, [...pendingCallStatuses]),
    ne(calls.purpose, "release"),
  ];
  if (input.purpose) conditions.push(eq(calls.purpose, input.purpose));
  return cancelCallsWhere(input.bookingId, and(...conditions)!, input.reason, input.now);
}

/** Cancels those of `ids` still pending, each with a call_ended event; returns the ids it canceled. */
export async function cancelCalls(
  bookingId: string,
  ids: string[],
  reason: StoredReason,
  now: Date,
): Promise<string[]> {
  if (ids.length === 0) return [];
  return cancelCallsWhere(
    bookingId,
    and(inArray(calls.id, ids), inArray(calls.status, [...pendingCallStatuses]))!,
    reason,
    now,
  );
}

async function cancelCallsWhere(
  bookingId: string,
  where: ReturnType<typeof and> & object,
  reason: StoredReason,
  now: Date,
): Promise<string[]> {
  return transaction(async () => {
    const rows = await getDb()
      .update(calls)
      .set({ status: "canceled", ...failureColumns(reason), endedAt: now, updatedAt: now, claimToken: null })
      .where(where)
      .returning({ id: calls.id });
    await recordCallEvents(
      rows.map((row) => ({
        bookingId,
        callId: row.id,
        type: "call_ended" as const,
        payload: { status: "canceled" as const, reason: reason.text },
        at: now,
      })),
    );
    return rows.map((row) => row.id);
  });
}
