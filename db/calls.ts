// Queries for calls: the durable dispatch queue (claims with leases) and each call's life until it ends. Every change
// of a call's state writes its event in the same transaction (db/call-events.ts); ending a call writes call_ended,
// which is what the reactions to it (retries, holds, settling the booking) run from.
import type { RequestedWindow } from "@/lib/booking/move-window";
import {
  and,
  asc,
  count,
  eq,
  inArray,
  isNull,
  lt,
  lte,
  min,
  notInArray,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import type { OfferedSlot, Slot } from "@/lib/booking/slot";
import type { CallOutcome, TranscriptLine } from "@/lib/calls/call-outcome";
import type { Sentence, StoredReason, WrittenSentence } from "@/lib/sentences/sentence";
import { failureColumns } from "./call-failure-columns";
import { recordCallEvent, recordCallEvents, type NewCallEvent } from "./call-events";
import { currentDialect, forUpdate, getDb, transaction } from "./client";
import { queueDispatchPass } from "./dispatch-jobs";
import { insertOptOutRequest } from "./opt-out-requests";
import { cancelPendingCalls as cancelPendingCallsOfBooking } from "./pending-calls";
import { applyCharges, type UsageCharge } from "./usage-counters";
import {
  calls,
  liveCallStatuses,
  pendingCallStatuses,
  terminalCallStatuses,
  type CallPurpose,
  type CallRow,
  type CallStatus,
} from "./schema";

export interface Call extends Omit<
  CallRow,
  "offeredSlots" | "outcome" | "targetSlot" | "requestedWindow" | "failureSentence"
> {
  offeredSlots: OfferedSlot[];
  failureSentence: Sentence | null;
  outcome: CallOutcome | null;
  targetSlot: Slot | null;
  requestedWindow: RequestedWindow | null;
}

export const asCall = (row: CallRow): Call => row as unknown as Call;

/**
 * Claims due calls for dialing: queued calls, and scheduled calls whose time has come, up to what the global
 * concurrency cap leaves free (counting live calls of every instance). Claimers take turns (a transaction-scoped
 * advisory lock on PostgreSQL; SQLite's transactions already run one at a time), so two dispatchers never claim the
 * same call and together never pass the cap. Each claimed call gets a token and a lease; a claim whose lease runs
 * out without a recorded dial is recovered by recoverStaleClaims.
 */
export async function claimDueCalls(input: {
  now: Date;
  maxConcurrent: number;
  leaseMs: number;
  token: string;
}): Promise<Call[]> {
  return transaction(async (tx) => {
    await takeClaimTurn();
    const [live] = await tx
      .select({ count: count() })
      .from(calls)
      .where(inArray(calls.status, [...liveCallStatuses]));
    const free = input.maxConcurrent - live.count;
    if (free <= 0) return [];
    const due = await tx
      .select({ id: calls.id })
      .from(calls)
      .where(
        and(
          inArray(calls.status, [...pendingCallStatuses]),
          or(isNull(calls.scheduledFor), lte(calls.scheduledFor, input.now)),
        ),
      )
      .orderBy(sql`coalesce(${calls.scheduledFor}, ${calls.createdAt})`, asc(calls.createdAt), asc(calls.id))
      .limit(free);
    if (due.length === 0) return [];
    const claimed = await tx
      .update(calls)
      .set({
        status: "dialing",
        claimToken: input.token,
        leaseExpiresAt: new Date(input.now.getTime() + input.leaseMs),
        updatedAt: input.now,
      })
      .where(
        and(
          inArray(
            calls.id,
            due.map((row) => row.id),
          ),
          inArray(calls.status, [...pendingCallStatuses]),
        ),
      )
      .returning();
    return claimed.map(asCall);
  });
}

// Any fixed 64-bit number, the same in every instance: "CallPilot call claims".
const claimLockKey = 4_242_002;

async function takeClaimTurn(): Promise<void> {
  if (currentDialect() === "postgresql") {
    await getDb().execute(sql`select pg_advisory_xact_lock(${claimLockKey})`);
  }
}

export async function getCallsByIds(ids: string[]): Promise<Call[]> {
  if (ids.length === 0) return [];
  return (await getDb().select().from(calls).where(inArray(calls.id, ids))).map(asCall);
}

export async function getCall(id: string): Promise<Call | undefined> {
  const [row] = await getDb().select().from(calls).where(eq(calls.id, id)).limit(1);
  return row ? asCall(row) : undefined;
}

export async function getCallByExternalId(externalId: string): Promise<Call | undefined> {
  const [row] = await getDb()
    .select()
    .from(calls)
    .where(or(eq(calls.externalId, externalId), eq(calls.externalCallSid, externalId)))
    .limit(1);
  return row ? asCall(row) : undefined;
}

export async function listCallsForBooking(bookingId: string): Promise<Call[]> {
  const rows = await getDb()
    .select()
    .from(calls)
    .where(eq(calls.bookingId, bookingId))
    .orderBy(asc(calls.createdAt), asc(calls.id));
  return rows.map(asCall);
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
  return transaction(async () => {
    const call = await updateCall(heldClaim(input), {
      status: "in_progress",
      dialer: input.dialer,
      externalId: input.externalId,
      externalCallSid: input.externalCallSid,
      redirectedTo: input.redirectedTo,
      startedAt: input.now,
      leaseExpiresAt: null,
      ...failureColumns(null),
      updatedAt: input.now,
    });
    if (!call) return false;
    await recordCallEvent({
      bookingId: call.bookingId,
      callId: call.id,
      type: "call_dialed",
      payload: { status: "in_progress", dialer: input.dialer, redirected: input.redirectedTo !== null },
      at: input.now,
    });
    return true;
  });
}

/**
 * Gives a claimed call back to the queue (closed now, transient dial error: queued or scheduled) or ends it without
 * a dial (failed, canceled: a call_ended event, so what follows a call's end follows this one too).
 */
export async function releaseClaim(input: {
  callId: string;
  token: string;
  status: "queued" | "scheduled" | "failed" | "canceled";
  scheduledFor: Date | null;
  reason: StoredReason | null;
  now: Date;
}): Promise<boolean> {
  const ended = input.status === "failed" || input.status === "canceled";
  return transaction(async () => {
    const call = await updateCall(heldClaim(input), {
      status: input.status,
      scheduledFor: input.scheduledFor,
      claimToken: null,
      leaseExpiresAt: null,
      // A scheduled call keeps why it waits (closed now, a daily cap) for the person to see.
      ...failureColumns(ended || input.status === "scheduled" ? input.reason : null),
      endedAt: ended ? input.now : null,
      updatedAt: input.now,
    });
    if (!call) return false;
    await recordCallEvent(
      ended
        ? {
            bookingId: call.bookingId,
            callId: call.id,
            type: "call_ended",
            payload: { status: input.status, reason: input.reason?.text ?? null },
            at: input.now,
          }
        : {
            bookingId: call.bookingId,
            callId: call.id,
            type: "call_status",
            payload: {
              status: input.status,
              reason: input.reason?.text ?? null,
              scheduled_for: input.scheduledFor?.toISOString() ?? null,
            },
            at: input.now,
          },
    );
    if (!ended) await queueDispatchPass(input.scheduledFor ?? undefined);
    return true;
  });
}

const heldClaim = (input: { callId: string; token: string }) =>
  and(eq(calls.id, input.callId), eq(calls.claimToken, input.token), eq(calls.status, "dialing"));

/** Claims whose lease ran out without a recorded dial: their dispatcher died or hung mid-dial. */
export async function listStaleClaims(now: Date): Promise<Call[]> {
  const rows = await getDb()
    .select()
    .from(calls)
    .where(and(eq(calls.status, "dialing"), lt(calls.leaseExpiresAt, now)));
  return rows.map(asCall);
}

/** Live calls of one dialer (to resume an in-process simulation after a restart, or reconcile lost webhooks). */
export async function listInProgressCalls(dialer: string, startedBefore?: Date): Promise<Call[]> {
  const conditions = [eq(calls.status, "in_progress"), eq(calls.dialer, dialer)];
  if (startedBefore) conditions.push(lt(calls.startedAt, startedBefore));
  const rows = await getDb()
    .select()
    .from(calls)
    .where(and(...conditions));
  return rows.map(asCall);
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
  return transaction(async (tx) => {
    const [row] = await forUpdate(tx.select().from(calls).where(eq(calls.id, callId)).$dynamic());
    if (!row) return undefined;
    const known = (row.offeredSlots as OfferedSlot[]) ?? [];
    const same = known.find((slot) => Date.parse(slot.start) === Date.parse(offered.start));
    if (
      same &&
      Date.parse(same.end) === Date.parse(offered.end) &&
      same.fits === offered.fits &&
      same.reason === offered.reason
    ) {
      return asCall(row);
    }
    const slots = known.filter((slot) => Date.parse(slot.start) !== Date.parse(offered.start));
    slots.push(offered);
    slots.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const [updated] = await tx
      .update(calls)
      .set({ offeredSlots: slots, updatedAt: now })
      .where(eq(calls.id, callId))
      .returning();
    await recordCallEvent({
      bookingId: row.bookingId,
      callId,
      type: "slot_offered",
      payload: offered,
      at: now,
    });
    return asCall(updated);
  });
}

/**
 * Ends a call with its outcome, in one transaction: the call's final state, its transcript, the opt-out with its
 * evidence when the business asked not to be called again, and the call_ended event its reactions run from. Conditional on the call not having
 * ended already, so a redelivered webhook or a second report changes nothing; returns whether this report ended it.
 */
export async function finishCall(input: {
  callId: string;
  status: CallStatus;
  outcome: CallOutcome | null;
  offeredSlots?: OfferedSlot[];
  failure: StoredReason | null;
  /** Lines the vendor reported at the end (a post-call webhook's transcript). */
  transcript?: readonly TranscriptLine[];
  /** The business asked not to be called again, in these words: recorded with the call for an admin's review. */
  optOut?: { phone: string; evidence: string };
  /** Notes for the person and the admin about how the call ended (an unapproved booking claim). */
  warnings?: readonly WrittenSentence[];
  /** A cancellation call the business agreed to: its appointment_canceled event is written with the call's end. */
  appointmentCanceled?: { providerId: string; slot: Slot };
  now: Date;
}): Promise<boolean> {
  return transaction(async () => {
    const call = await updateCall(
      and(eq(calls.id, input.callId), notInArray(calls.status, [...terminalCallStatuses])),
      {
        status: input.status,
        outcome: input.outcome,
        ...(input.offeredSlots ? { offeredSlots: input.offeredSlots } : {}),
        ...failureColumns(input.failure),
        claimToken: null,
        leaseExpiresAt: null,
        endedAt: input.now,
        updatedAt: input.now,
      },
    );
    if (!call) return false;
    if (input.optOut) await insertOptOutRequest({ ...input.optOut, callId: input.callId, now: input.now });
    const about = { bookingId: call.bookingId, callId: call.id };
    const events: NewCallEvent[] = [
      ...(input.transcript ?? []).map((line): NewCallEvent => ({
        ...about,
        type: "transcript",
        payload: { role: line.role, text: line.text, ...(line.language ? { language: line.language } : {}) },
        at: line.at ? new Date(line.at) : input.now,
      })),
      ...(input.outcome?.handover
        ? [
            {
              ...about,
              type: "call_handover",
              payload: input.outcome.handover,
              at: input.now,
            } as NewCallEvent,
          ]
        : []),
      ...(input.warnings ?? []).map((warning): NewCallEvent => ({
        ...about,
        type: "warning",
        payload: { message: warning.text, sentence: warning.sentence },
        at: input.now,
      })),
      ...(input.appointmentCanceled
        ? [
            {
              ...about,
              type: "appointment_canceled",
              payload: {
                provider_id: input.appointmentCanceled.providerId,
                slot: input.appointmentCanceled.slot,
              },
              at: input.now,
            } satisfies NewCallEvent,
          ]
        : []),
      {
        ...about,
        type: "call_ended",
        payload: { status: input.status, reason: input.failure?.text ?? null },
        at: input.now,
      },
    ];
    await recordCallEvents(events);
    return true;
  });
}

/** Cancels the booking's calls that have not been dialed yet; returns their ids. */
export async function cancelPendingCalls(
  bookingId: string,
  reason: StoredReason,
  now: Date,
): Promise<string[]> {
  return cancelPendingCallsOfBooking({ bookingId, reason, now });
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
  /** A reschedule call: the person's new window. */
  requestedWindow?: RequestedWindow | null;
  scheduledFor: Date | null;
  /** Daily allowance the call uses (an automatic retry); one over its limit queues nothing (UsageLimitReached). */
  charges?: readonly UsageCharge[];
  now: Date;
}): Promise<Call> {
  return transaction(async (tx) => {
    await applyCharges(input.charges ?? []);
    const [inserted] = await tx
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
        requestedWindow: input.requestedWindow ?? null,
        scheduledFor: input.scheduledFor,
        status: input.scheduledFor ? "scheduled" : "queued",
        createdAt: input.now,
        updatedAt: input.now,
      })
      .returning();
    await recordCallEvent({
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
    await queueDispatchPass(input.scheduledFor ?? undefined);
    return asCall(inserted);
  });
}

/** The later attempts queued after this call (an automatic retry, an admin's, a release call). */
export async function listFollowUpCalls(callId: string): Promise<Call[]> {
  const rows = await getDb().select().from(calls).where(eq(calls.previousCallId, callId));
  return rows.map(asCall);
}

/** Locks the call's row until the open transaction ends: decisions about it (its retry) are made one at a time. */
export async function lockCall(callId: string): Promise<void> {
  await forUpdate(getDb().select({ id: calls.id }).from(calls).where(eq(calls.id, callId)).$dynamic());
}

export async function countUnfinishedCalls(bookingId: string): Promise<number> {
  const [row] = await getDb()
    .select({ count: count() })
    .from(calls)
    .where(and(eq(calls.bookingId, bookingId), notInArray(calls.status, [...terminalCallStatuses])));
  return row?.count ?? 0;
}

export async function countLiveCalls(): Promise<number> {
  const [row] = await getDb()
    .select({ count: count() })
    .from(calls)
    .where(inArray(calls.status, [...liveCallStatuses]));
  return row?.count ?? 0;
}

/** The earliest instant a scheduled call falls due. */
export async function nextScheduledCallAt(): Promise<Date | null> {
  const [row] = await getDb()
    .select({ at: min(calls.scheduledFor) })
    .from(calls)
    .where(eq(calls.status, "scheduled"));
  return row?.at ?? null;
}

/** Applies the update when `where` matches, returning the updated call (inside the caller's transaction). */
async function updateCall(
  where: SQL | undefined,
  values: Partial<typeof calls.$inferInsert>,
): Promise<Call | undefined> {
  const [row] = await getDb().update(calls).set(values).where(where).returning();
  return row ? asCall(row) : undefined;
}
