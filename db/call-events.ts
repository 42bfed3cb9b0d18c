// The append-only call_events log and its change notifications (what the live booking page streams).
import { EventEmitter } from "node:events";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { getDb, writeTransaction, type DbOrTx } from "./client";
import { callEvents, type CallEventRow } from "./schema";

export interface NewCallEvent {
  bookingId: string;
  callId: string | null;
  type: string;
  payload: Record<string, unknown>;
  at: Date;
}

/** Inserts an event. Inside a transaction, call notifyBookingChanged once the transaction has committed. */
export function insertCallEvent(db: DbOrTx, event: NewCallEvent): CallEventRow {
  const [row] = db
    .insert(callEvents)
    .values({
      bookingId: event.bookingId,
      callId: event.callId,
      type: event.type,
      payload: event.payload,
      createdAt: event.at,
    })
    .returning()
    .all();
  return row;
}

export async function recordCallEvent(event: NewCallEvent): Promise<CallEventRow> {
  const row = insertCallEvent(getDb(), event);
  notifyBookingChanged(event.bookingId);
  return row;
}

/**
 * Appends many events in one transaction (a whole transcript at once), then notifies each booking once. One prepared
 * statement runs per row: building a many-row insert's SQL costs more than running the rows.
 */
export async function recordCallEvents(events: NewCallEvent[]): Promise<void> {
  if (events.length === 0) return;
  const insert = preparedEventInsert();
  writeTransaction(() => {
    for (const event of events) {
      insert.run({
        bookingId: event.bookingId,
        callId: event.callId,
        type: event.type,
        payload: event.payload,
        createdAt: event.at,
      });
    }
  });
  for (const bookingId of new Set(events.map((event) => event.bookingId))) notifyBookingChanged(bookingId);
}

const preparedInserts = new WeakMap<object, ReturnType<typeof buildEventInsert>>();

function buildEventInsert() {
  return getDb()
    .insert(callEvents)
    .values({
      bookingId: sql.placeholder("bookingId"),
      callId: sql.placeholder("callId"),
      type: sql.placeholder("type"),
      payload: sql.placeholder("payload"),
      createdAt: sql.placeholder("createdAt"),
    })
    .prepare();
}

function preparedEventInsert() {
  const db = getDb();
  let insert = preparedInserts.get(db);
  if (!insert) {
    insert = buildEventInsert();
    preparedInserts.set(db, insert);
  }
  return insert;
}

export async function listCallEventsSince(
  bookingId: string,
  afterId: number,
  limit = 500,
): Promise<CallEventRow[]> {
  return getDb()
    .select()
    .from(callEvents)
    .where(and(eq(callEvents.bookingId, bookingId), gt(callEvents.id, afterId)))
    .orderBy(asc(callEvents.id))
    .limit(limit)
    .all();
}

export async function listCallEventsForCall(callId: string): Promise<CallEventRow[]> {
  return getDb()
    .select()
    .from(callEvents)
    .where(eq(callEvents.callId, callId))
    .orderBy(asc(callEvents.id))
    .all();
}

// Change notifications. With one SQLite file every writer is in this process, so an in-process emitter is a
// complete wake-up signal; it carries no data (readers always read the table). A PostgreSQL deployment with
// several instances replaces these two functions with LISTEN/NOTIFY, and nothing outside db/ changes.
const emitterKey = Symbol.for("callpilot.call-events.emitter");
type Holder = { [emitterKey]?: EventEmitter };

function emitter(): EventEmitter {
  const holder = globalThis as Holder;
  if (!holder[emitterKey]) {
    holder[emitterKey] = new EventEmitter();
    holder[emitterKey].setMaxListeners(0);
  }
  return holder[emitterKey];
}

export function notifyBookingChanged(bookingId: string): void {
  emitter().emit(bookingId);
}

export function subscribeToBookingChanges(bookingId: string, listener: () => void): () => void {
  emitter().on(bookingId, listener);
  return () => emitter().off(bookingId, listener);
}
