// Queries for slots a business was asked to hold in review mode (issue 8): recorded when the agent asks, agreed when
// the call ends well, and at the end either booked, released by a short call, or left to expire.
import { and, asc, eq, lte } from "drizzle-orm";
import { recordCallEvent } from "./call-events";
import { forUpdate, getDb, transaction } from "./client";
import { queueDispatchPass } from "./dispatch-jobs";
import { calls, slotHolds, type SlotHoldRow } from "./schema";
import { tryCharge, type UsageCharge } from "./usage-counters";

export type SlotHold = SlotHoldRow;

/** The agent asked the business to hold a slot; asking again for the same slot on the same call changes nothing. */
export async function recordHoldRequest(input: {
  id: string;
  bookingId: string;
  callId: string;
  providerId: string;
  slot: { start: Date; end: Date };
  heldUntil: Date;
  now: Date;
}): Promise<SlotHold> {
  return transaction(async (tx) => {
    const [inserted] = await tx
      .insert(slotHolds)
      .values({
        id: input.id,
        bookingId: input.bookingId,
        callId: input.callId,
        providerId: input.providerId,
        slotStart: input.slot.start,
        slotEnd: input.slot.end,
        heldUntil: input.heldUntil,
        status: "requested",
        createdAt: input.now,
        updatedAt: input.now,
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted) {
      const [existing] = await tx
        .select()
        .from(slotHolds)
        .where(and(eq(slotHolds.callId, input.callId), eq(slotHolds.slotStart, input.slot.start)))
        .limit(1);
      return existing;
    }
    await recordCallEvent({
      bookingId: input.bookingId,
      callId: input.callId,
      type: "hold_requested",
      payload: {
        slot: { start: input.slot.start.toISOString(), end: input.slot.end.toISOString() },
        held_until: input.heldUntil.toISOString(),
      },
      at: input.now,
    });
    return inserted;
  });
}

/** The call ended: its requested holds become agreed (it ended well) or declined. */
export async function settleHoldRequests(input: {
  callId: string;
  agreed: boolean;
  now: Date;
}): Promise<void> {
  await transaction(async (tx) => {
    const rows = await tx
      .update(slotHolds)
      .set({ status: input.agreed ? "agreed" : "declined", updatedAt: input.now })
      .where(and(eq(slotHolds.callId, input.callId), eq(slotHolds.status, "requested")))
      .returning();
    for (const row of rows) {
      await recordCallEvent({
        bookingId: row.bookingId,
        callId: row.callId,
        type: input.agreed ? "hold_agreed" : "hold_declined",
        payload: { slot_start: row.slotStart.toISOString(), held_until: row.heldUntil.toISOString() },
        at: input.now,
      });
    }
  });
}

export async function listHoldsForBooking(bookingId: string): Promise<SlotHold[]> {
  return getDb()
    .select()
    .from(slotHolds)
    .where(eq(slotHolds.bookingId, bookingId))
    .orderBy(asc(slotHolds.createdAt), asc(slotHolds.id));
}

/** An agreed hold whose time ran out: marked expired (the offer is re-checked on the confirmation call). */
export async function expireHold(holdId: string, now: Date): Promise<boolean> {
  return transaction(async (tx) => {
    const [expired] = await tx
      .update(slotHolds)
      .set({ status: "expired", updatedAt: now })
      .where(and(eq(slotHolds.id, holdId), eq(slotHolds.status, "agreed"), lte(slotHolds.heldUntil, now)))
      .returning();
    if (!expired) return false;
    await recordCallEvent({
      bookingId: expired.bookingId,
      callId: expired.callId,
      type: "hold_expired",
      payload: { slot_start: expired.slotStart.toISOString(), held_until: expired.heldUntil.toISOString() },
      at: now,
    });
    return true;
  });
}

/**
 * The booking is settled (booked or cancelled): in one transaction, the hold that was booked is marked booked,
 * every other agreed hold still running gets a release call (purpose release, queued), and holds whose time has
 * passed are marked expired without a call. Each release call takes `perCall` from the person's daily calls; once
 * they are used up, the hold is left to run out at the time the business was told (expired, with a warning saying
 * why). Returns the release calls queued; a second run queues none.
 */
export async function queueReleaseCalls(input: {
  bookingId: string;
  userId: string;
  /** The booked slot's business and start, whose hold is not released. */
  booked: { providerId: string; start: Date } | null;
  newCallId: () => string;
  perCall: { charge: UsageCharge; refusal: string };
  now: Date;
}): Promise<string[]> {
  return transaction(async (tx) => {
    const agreed = await forUpdate(
      tx
        .select()
        .from(slotHolds)
        .where(and(eq(slotHolds.bookingId, input.bookingId), eq(slotHolds.status, "agreed")))
        .$dynamic(),
    );
    const ids: string[] = [];
    for (const hold of agreed) {
      const isBooked =
        input.booked !== null &&
        hold.providerId === input.booked.providerId &&
        hold.slotStart.getTime() === input.booked.start.getTime();
      if (isBooked) {
        await tx
          .update(slotHolds)
          .set({ status: "booked", updatedAt: input.now })
          .where(eq(slotHolds.id, hold.id));
        continue;
      }
      if (hold.heldUntil.getTime() <= input.now.getTime()) {
        await tx
          .update(slotHolds)
          .set({ status: "expired", updatedAt: input.now })
          .where(eq(slotHolds.id, hold.id));
        await recordCallEvent({
          bookingId: input.bookingId,
          callId: hold.callId,
          type: "hold_expired",
          payload: { slot_start: hold.slotStart.toISOString(), held_until: hold.heldUntil.toISOString() },
          at: input.now,
        });
        continue;
      }
      if (!(await tryCharge(input.perCall.charge))) {
        await tx
          .update(slotHolds)
          .set({ status: "expired", updatedAt: input.now })
          .where(eq(slotHolds.id, hold.id));
        await recordCallEvent({
          bookingId: input.bookingId,
          callId: hold.callId,
          type: "warning",
          payload: { message: input.perCall.refusal },
          at: input.now,
        });
        continue;
      }
      const callId = input.newCallId();
      const [source] = await tx.select().from(calls).where(eq(calls.id, hold.callId)).limit(1);
      await tx.insert(calls).values({
        id: callId,
        bookingId: input.bookingId,
        providerId: hold.providerId,
        userId: input.userId,
        purpose: "release",
        status: "queued",
        previousCallId: hold.callId,
        distanceKm: source?.distanceKm ?? null,
        targetSlot: { start: hold.slotStart.toISOString(), end: hold.slotEnd.toISOString() },
        createdAt: input.now,
        updatedAt: input.now,
      });
      await tx
        .update(slotHolds)
        .set({ status: "releasing", releaseCallId: callId, updatedAt: input.now })
        .where(eq(slotHolds.id, hold.id));
      await recordCallEvent({
        bookingId: input.bookingId,
        callId,
        type: "call_queued",
        payload: { purpose: "release", attempt: 1, scheduled_for: null },
        at: input.now,
      });
      ids.push(callId);
    }
    if (ids.length > 0) await queueDispatchPass();
    return ids;
  });
}

/** A release call ended: its hold is released (whatever the business said, CallPilot did its part). */
export async function markHoldReleased(releaseCallId: string, now: Date): Promise<void> {
  await getDb()
    .update(slotHolds)
    .set({ status: "released", updatedAt: now })
    .where(and(eq(slotHolds.releaseCallId, releaseCallId), eq(slotHolds.status, "releasing")));
}
