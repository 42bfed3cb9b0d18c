// Queries for calls: the durable dispatch queue (atomic claims with leases) and each call's life until it ends.
import { and, asc, eq, inArray, lt, notInArray, or, sql } from "drizzle-orm";
import type { OfferedSlot, Slot } from "@/lib/booking/slot";
import type { CallOutcome } from "@/lib/calls/call-outcome";
import { getDb, writeTransaction, type Tx } from "./client";
import { insertOptOutNumber } from "./do-not-call";
import { cancelPendingCallsInTx } from "./pending-calls";
import { applyCharges, type UsageCharge } from "./usage-counters";
import { insertCallEvent, notifyBookingChanged } from "./call-events";
import {
  calls,
  liveCallStatuses,
  terminalCallStatuses,
  type CallPurpose,
  type CallRow,
  type CallStatus,
} from "./schema";

export interface Call extends Omit<CallRow, "offeredSlots" | "outcome" | "targetSlot"> {
  offeredSlots: OfferedSlot[];
  outcome: CallOutcome | null;
  targetSlot: Slot | null;
}

export const asCall = (row: CallRow): Call => row as unknown as Call;

/**
 * Claims due calls for dialing in ONE statement: queued calls, and scheduled calls whose time has come, up to
 * what the global concurrency cap leaves free (counting live calls of every instance). Each claimed call gets
 * a token and a lease; a claim whose lease runs out without a recorded dial is recovered by recoverStaleClaims.
 */
export async function claimDueCalls(input: {
  now: Date;
  maxConcurrent: number;
  leaseMs: number;
  token: string;
}): Promise<Call[]> {
  const now = input.now.getTime();
  const rows = getDb().all<Record<string, unknown>>(sql`
    update ${calls}
    set status = 'dialing', claim_token = ${input.token}, lease_expires_at = ${now + input.leaseMs},
        updated_at = ${now}
    where id in (
      select id from ${calls}
      where status in ('queued', 'scheduled') and (scheduled_for is null or scheduled_for <= ${now})
      order by coalesce(scheduled_for, created_at), created_at, id
      limit max(0, ${input.maxConcurrent} - (select count(*) from ${calls} where status in ('dialing', 'in_progress')))
    )
    returning id`);
  if (rows.length === 0) return [];
  return getCallsByIds(rows.map((row) => String(row.id)));
}

export async function getCallsByIds(ids: string[]): Promise<Call[]> {
  if (ids.length === 0) return [];
  return getDb().select().from(calls).where(inArray(calls.id, ids)).all().map(asCall);
}

export async function getCall(id: string): Promise<Call | undefined> {
  const row = getDb().select().from(calls).where(eq(calls.id, id)).get();
  return row ? asCall(row) : undefined;
}

export async function getCallByExternalId(externalId: string): Promise<Call | undefined> {
  const row = getDb()
    .select()
    .from(calls)
    .where(or(eq(calls.externalId, externalId), eq(calls.externalCallSid, externalId)))
    .get();
  return row ? asCall(row) : undefined;
}

export async function listCallsForBooking(bookingId: string): Promise<Call[]> {
  return getDb()
    .select()
    .from(calls)
    .where(eq(calls.bookingId, bookingId))
    .orderBy(asc(calls.createdAt), asc(calls.id))
    .all()
    .map(asCall);
}

/** Records that the vendor accepted the call; only the holder of the claim can, and only once. */
export async function markCallDialed(input: {
  callId: string;
  token: string;
  dialer: string;
  externalId: string;
  externalCallSid: string | null;
  redirectedTo: string | null;
  now: Date;
}): Promise<boolean> {
  return updateWithEvent(
    input.callId,
    and(eq(calls.id, input.callId), eq(calls.claimToken, input.token), eq(calls.status, "dialing")),
    {
      status: "in_progress",
      dialer: input.dialer,
      externalId: input.externalId,
      externalCallSid: input.externalCallSid,
      redirectedTo: input.redirectedTo,
      startedAt: input.now,
      leaseExpiresAt: null,
      failureReason: null,
      updatedAt: input.now,
    },
    {
      type: "call_dialed",
      payload: { status: "in_progress", dialer: input.dialer, redirected: input.redirectedTo !== null },
    },
    input.now,
  );
}

/** Gives a claimed call back to the queue (closed now, transient dial error) or ends it (permanent failure). */
export async function releaseClaim(input: {
  callId: string;
  token: string;
  status: "queued" | "scheduled" | "failed" | "canceled";
  scheduledFor: Date | null;
  reason: string | null;
  now: Date;
}): Promise<boolean> {
  const ended = input.status === "failed" || input.status === "canceled";
  return updateWithEvent(
    input.callId,
    and(eq(calls.id, input.callId), eq(calls.claimToken, input.token), eq(calls.status, "dialing")),
    {
      status: input.status,
      scheduledFor: input.scheduledFor,
      claimToken: null,
      leaseExpiresAt: null,
      // A scheduled call keeps why it waits (closed now, a daily cap) for the person to see.
      failureReason: ended || input.status === "scheduled" ? input.reason : null,
      endedAt: ended ? input.now : null,
      updatedAt: input.now,
    },
    {
      type: "call_status",
      payload: {
        status: input.status,
        reason: input.reason,
        scheduled_for: input.scheduledFor?.toISOString() ?? null,
      },
    },
    input.now,
  );
}

/** Claims whose lease ran out without a recorded dial: their dispatcher died or hung mid-dial. */
export async function listStaleClaims(now: Date): Promise<Call[]> {
  return getDb()
    .select()
    .from(calls)
    .where(and(eq(calls.status, "dialing"), lt(calls.leaseExpiresAt, now)))
    .all()
    .map(asCall);
}

/** Live calls of one dialer (to resume an in-process simulation after a restart, or reconcile lost webhooks). */
export async function listInProgressCalls(dialer: string, startedBefore?: Date): Promise<Call[]> {
  const conditions = [eq(calls.status, "in_progress"), eq(calls.dialer, dialer)];
  if (startedBefore) conditions.push(lt(calls.startedAt, startedBefore));
  return getDb()
    .select()
    .from(calls)
    .where(and(...conditions))
    .all()
    .map(asCall);
}

/**
 * Appends an offered slot (with its availability verdict) to the call, replacing an earlier copy of the same slot.
 * The same slot with the same verdict again (request_booking re-checks, a resumed simulation) changes nothing.
 */
export async function recordOfferedSlot(
  callId: string,
  offered: OfferedSlot,
  now: Date,
): Promise<Call | undefined> {
  const result = writeTransaction((tx) => {
    const row = tx.select().from(calls).where(eq(calls.id, callId)).get();
    if (!row) return undefined;
    const known = (row.offeredSlots as OfferedSlot[]) ?? [];
    const same = known.find((slot) => Date.parse(slot.start) === Date.parse(offered.start));
    if (
      same &&
      Date.parse(same.end) === Date.parse(offered.end) &&
      same.fits === offered.fits &&
      same.reason === offered.reason
    ) {
      return { row, changed: false };
    }
    const slots = known.filter((slot) => Date.parse(slot.start) !== Date.parse(offered.start));
    slots.push(offered);
    slots.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const [updated] = tx
      .update(calls)
      .set({ offeredSlots: slots, updatedAt: now })
      .where(eq(calls.id, callId))
      .returning()
      .all();
    insertCallEvent(tx, {
      bookingId: row.bookingId,
      callId,
      type: "slot_offered",
      payload: offered,
      at: now,
    });
    return { row: updated, changed: true };
  });
  if (result?.changed) notifyBookingChanged(result.row.bookingId);
  return result ? asCall(result.row) : undefined;
}

/**
 * Ends a call with its outcome. Conditional on the call not having ended already, so a redelivered
 * webhook or a second report changes nothing; returns whether this report was the one that ended it.
 */
export async function finishCall(input: {
  callId: string;
  status: CallStatus;
  outcome: CallOutcome | null;
  offeredSlots?: OfferedSlot[];
  failureReason: string | null;
  /** The business asked not to be called again: its number goes on the do-not-call list with the call. */
  optOut?: { phone: string; reason: string };
  now: Date;
}): Promise<boolean> {
  const optOut = input.optOut;
  return updateWithEvent(
    input.callId,
    and(eq(calls.id, input.callId), notInArray(calls.status, [...terminalCallStatuses])),
    {
      status: input.status,
      outcome: input.outcome,
      ...(input.offeredSlots ? { offeredSlots: input.offeredSlots } : {}),
      failureReason: input.failureReason,
      claimToken: null,
      leaseExpiresAt: null,
      endedAt: input.now,
      updatedAt: input.now,
    },
    { type: "call_ended", payload: { status: input.status, reason: input.failureReason } },
    input.now,
    optOut
      ? (tx) => {
          insertOptOutNumber(tx, { ...optOut, callId: input.callId, now: input.now });
        }
      : undefined,
  );
}

/** Cancels the booking's calls that have not been dialed yet; returns their ids. */
export async function cancelPendingCalls(bookingId: string, reason: string, now: Date): Promise<string[]> {
  const ids = writeTransaction((tx) => cancelPendingCallsInTx(tx, { bookingId, reason, now }));
  if (ids.length > 0) notifyBookingChanged(bookingId);
  return ids;
}

/** Adds a call to an existing booking (a confirmation call, a retry); it joins the dispatch queue. */
export async function enqueueCall(input: {
  id: string;
  bookingId: string;
  providerId: string;
  userId: string;
  purpose: CallPurpose;
  attempt: number;
  previousCallId: string | null;
  distanceKm: number | null;
  targetSlot: Slot | null;
  scheduledFor: Date | null;
  /** Daily allowance the call uses (an automatic retry); one over its limit queues nothing (UsageLimitReached). */
  charges?: readonly UsageCharge[];
  now: Date;
}): Promise<Call> {
  const row = writeTransaction((tx) => {
    applyCharges(tx, input.charges ?? []);
    const [inserted] = tx
      .insert(calls)
      .values({
        id: input.id,
        bookingId: input.bookingId,
        providerId: input.providerId,
        userId: input.userId,
        purpose: input.purpose,
        attempt: input.attempt,
        previousCallId: input.previousCallId,
        distanceKm: input.distanceKm,
        targetSlot: input.targetSlot,
        scheduledFor: input.scheduledFor,
        status: input.scheduledFor ? "scheduled" : "queued",
        createdAt: input.now,
        updatedAt: input.now,
      })
      .returning()
      .all();
    insertCallEvent(tx, {
      bookingId: input.bookingId,
      callId: input.id,
      type: "call_queued",
      payload: {
        purpose: input.purpose,
        attempt: input.attempt,
        scheduled_for: input.scheduledFor?.toISOString() ?? null,
      },
      at: input.now,
    });
    return inserted;
  });
  notifyBookingChanged(input.bookingId);
  return asCall(row);
}

export async function countUnfinishedCalls(bookingId: string): Promise<number> {
  const row = getDb()
    .select({ count: sql<number>`count(*)` })
    .from(calls)
    .where(and(eq(calls.bookingId, bookingId), notInArray(calls.status, [...terminalCallStatuses])))
    .get();
  return row?.count ?? 0;
}

export async function countLiveCalls(): Promise<number> {
  const row = getDb()
    .select({ count: sql<number>`count(*)` })
    .from(calls)
    .where(inArray(calls.status, [...liveCallStatuses]))
    .get();
  return row?.count ?? 0;
}

/** The earliest instant a scheduled call falls due, so the dispatcher can sleep until then. */
export async function nextScheduledCallAt(): Promise<Date | null> {
  const row = getDb()
    .select({ at: sql<number | null>`min(${calls.scheduledFor})` })
    .from(calls)
    .where(eq(calls.status, "scheduled"))
    .get();
  return row?.at ? new Date(row.at) : null;
}

function updateWithEvent(
  callId: string,
  where: ReturnType<typeof and>,
  values: Partial<typeof calls.$inferInsert>,
  event: { type: string; payload: Record<string, unknown> },
  now: Date,
  /** More writes that belong to the same change, done only when the update applied. */
  alongside?: (tx: Tx) => void,
): boolean {
  const bookingId = writeTransaction((tx) => {
    const [row] = tx.update(calls).set(values).where(where).returning({ bookingId: calls.bookingId }).all();
    if (!row) return null;
    alongside?.(tx);
    insertCallEvent(tx, {
      bookingId: row.bookingId,
      callId,
      type: event.type,
      payload: event.payload,
      at: now,
    });
    return row.bookingId;
  });
  if (bookingId) notifyBookingChanged(bookingId);
  return bookingId !== null;
}
