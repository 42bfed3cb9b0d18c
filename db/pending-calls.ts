// Calls of a booking that have not been dialed yet (queued, or scheduled for later: retries, closed hours), ended
// in one UPDATE inside the caller's transaction, so a booking that is booked or cancelled never dials one of them.
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Tx } from "./client";
import { insertCallEvent } from "./call-events";
import { calls, pendingCallStatuses } from "./schema";

/** Cancels every queued or scheduled call of the booking; returns their ids. Runs inside `tx`. */
export function cancelPendingCallsInTx(
  tx: Tx,
  input: { bookingId: string; reason: string; now: Date; purpose?: "inquiry" },
): string[] {
  // Release calls are what a settled booking still owes the businesses holding a slot: never cancelled here.
  const conditions = [
    eq(calls.bookingId, input.bookingId),
    inArray(calls.status, [...pendingCallStatuses]),
    ne(calls.purpose, "release"),
  ];
  if (input.purpose) conditions.push(eq(calls.purpose, input.purpose));
  const rows = tx
    .update(calls)
    .set({
      status: "canceled",
      failureReason: input.reason,
      endedAt: input.now,
      updatedAt: input.now,
      claimToken: null,
    })
    .where(and(...conditions))
    .returning({ id: calls.id })
    .all();
  for (const row of rows) {
    insertCallEvent(tx, {
      bookingId: input.bookingId,
      callId: row.id,
      type: "call_ended",
      payload: { status: "canceled", reason: input.reason },
      at: input.now,
    });
  }
  return rows.map((row) => row.id);
}
