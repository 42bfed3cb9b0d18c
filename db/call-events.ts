// The append-only call_events log of each booking: what the live booking page streams and the admin timeline shows,
// and the durable stream reactions run from. Writing an event (always inside a transaction, joining the caller's)
// numbers it after the booking's last event, signals the booking's readers at commit, and — for the event types
// CallPilot reacts to — queues the reaction job in the same transaction.
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import {
  callEventSchema,
  isReactive,
  type CallEventBody,
  type CallEventPayload,
  type CallEventType,
} from "@/lib/calls/call-event";
import { queues } from "@/lib/jobs/queues";
import { getDb, transaction } from "./client";
import { enqueueJob } from "./jobs";
import { announce, listen } from "./notifications";
import { callEvents, callEventSequences } from "./schema";

export type NewCallEvent = {
  [T in CallEventType]: {
    bookingId: string;
    callId: string | null;
    type: T;
    payload: CallEventPayload<T>;
    at: Date;
  };
}[CallEventType];

export type CallEvent = CallEventBody & {
  id: number;
  seq: number;
  bookingId: string;
  callId: string | null;
  createdAt: Date;
};

const asCallEvent = (row: typeof callEvents.$inferSelect): CallEvent => row as unknown as CallEvent;

/** Appends one event; inside a transaction it commits (and is announced) with it. */
export async function recordCallEvent(event: NewCallEvent): Promise<CallEvent> {
  const [row] = await recordCallEvents([event]);
  return row;
}

/** Appends events in order (a whole transcript at once), numbering each booking's after its last. */
export async function recordCallEvents(events: readonly NewCallEvent[]): Promise<CallEvent[]> {
  if (events.length === 0) return [];
  for (const event of events) callEventSchema.parse({ type: event.type, payload: event.payload });
  return transaction(async (tx) => {
    const written: CallEvent[] = [];
    for (const [bookingId, batch] of groupByBooking(events)) {
      const firstSeq = await takeSequenceNumbers(bookingId, batch.length);
      const rows = await tx
        .insert(callEvents)
        .values(
          batch.map((event, index) => ({
            bookingId,
            seq: firstSeq + index,
            callId: event.callId,
            type: event.type,
            payload: event.payload,
            createdAt: event.at,
          })),
        )
        .returning();
      for (const row of rows) {
        if (isReactive(row.type as CallEventType)) {
          await enqueueJob({ queue: queues.callEventReactions, data: { bookingId, seq: row.seq } });
        }
      }
      await announce("booking", bookingId);
      written.push(...rows.map(asCallEvent));
    }
    return written;
  });
}

/**
 * The next `count` numbers of the booking's events. The upsert locks the booking's counter row until the transaction
 * ends, so the writers of one booking commit their numbers in order and a reader never sees seq n+1 before n.
 */
async function takeSequenceNumbers(bookingId: string, count: number): Promise<number> {
  const [row] = await getDb()
    .insert(callEventSequences)
    .values({ bookingId, lastSeq: count })
    .onConflictDoUpdate({
      target: callEventSequences.bookingId,
      set: { lastSeq: sql`${callEventSequences.lastSeq} + ${count}` },
    })
    .returning({ lastSeq: callEventSequences.lastSeq });
  return row.lastSeq - count + 1;
}

function groupByBooking(events: readonly NewCallEvent[]): Map<string, NewCallEvent[]> {
  const groups = new Map<string, NewCallEvent[]>();
  for (const event of events) {
    const group = groups.get(event.bookingId);
    if (group) group.push(event);
    else groups.set(event.bookingId, [event]);
  }
  return groups;
}

/** The booking's events after `afterSeq`, oldest first. */
export async function listCallEventsSince(
  bookingId: string,
  afterSeq: number,
  limit = 500,
): Promise<CallEvent[]> {
  const rows = await getDb()
    .select()
    .from(callEvents)
    .where(and(eq(callEvents.bookingId, bookingId), gt(callEvents.seq, afterSeq)))
    .orderBy(asc(callEvents.seq))
    .limit(limit);
  return rows.map(asCallEvent);
}

/** The booking's events of the given types, oldest first. */
export async function listCallEventsOfTypes(
  bookingId: string,
  types: readonly CallEventType[],
): Promise<CallEvent[]> {
  const rows = await getDb()
    .select()
    .from(callEvents)
    .where(and(eq(callEvents.bookingId, bookingId), inArray(callEvents.type, [...types])))
    .orderBy(asc(callEvents.seq));
  return rows.map(asCallEvent);
}

export async function getCallEvent(bookingId: string, seq: number): Promise<CallEvent | undefined> {
  const [row] = await getDb()
    .select()
    .from(callEvents)
    .where(and(eq(callEvents.bookingId, bookingId), eq(callEvents.seq, seq)))
    .limit(1);
  return row ? asCallEvent(row) : undefined;
}

export async function listCallEventsForCall(callId: string): Promise<CallEvent[]> {
  const rows = await getDb()
    .select()
    .from(callEvents)
    .where(eq(callEvents.callId, callId))
    .orderBy(asc(callEvents.seq));
  return rows.map(asCallEvent);
}

/** Calls the listener whenever events of the booking may have been written, on any instance. */
export function subscribeToBookingChanges(bookingId: string, listener: () => void): () => void {
  return listen("booking", bookingId, listener);
}

/** Wakes the booking's readers without an event (a change to the booking row the view shows). */
export function announceBookingChange(bookingId: string): Promise<void> {
  return announce("booking", bookingId);
}
