// Queries for the state of Twilio's scripted calls: one row per call SID, advanced one reply at a time. A turn is
// one transaction: the session's new state and the transcript lines said in that turn (call_events rows, the same
// ones ingestion records), so the live page never shows half a turn. Every Twilio webhook runs these, so the
// statements are prepared once per connection rather than built per request.
import { and, eq, sql } from "drizzle-orm";
import { getDb, writeTransaction, type Db } from "./client";
import { notifyBookingChanged } from "./call-events";
import { callEvents, twimlSessions, type TwimlSessionRow, type TwimlStep } from "./schema";

export type TwimlSession = TwimlSessionRow;

/** The fields a turn may change; `turn` itself only ever goes up by one, in advanceTwimlSession. */
export type TwimlSessionChanges = Partial<
  Pick<
    TwimlSession,
    | "step"
    | "slotStart"
    | "pendingDate"
    | "pendingTime"
    | "offers"
    | "unclearReplies"
    | "waits"
    | "menuPresses"
    | "menuPressedTurn"
    | "bookedSlotStart"
    | "summary"
    | "failureReason"
  >
>;

/** A line of the call's transcript, as ingestion records it: who said what. */
export interface SpokenLine {
  role: "agent" | "business" | "system";
  text: string;
}

export interface TurnRecord {
  bookingId: string;
  lines: SpokenLine[];
  now: Date;
}

export async function getTwimlSession(callSid: string): Promise<TwimlSession | undefined> {
  return statements().get.get({ callSid });
}

/**
 * Opens the session of a call when Twilio first asks for its script, with the lines of that first turn. A second
 * first request (Twilio retrying) finds the row already there: created is false and nothing is written.
 */
export async function startTwimlSession(
  input: {
    callSid: string;
    callId: string;
    step: TwimlStep;
    answeredBy: string | null;
    slotStart: Date | null;
    summary?: string | null;
    failureReason?: string | null;
  },
  record: TurnRecord,
): Promise<{ session: TwimlSession; created: boolean }> {
  const { start } = statements();
  const inserted = writeTransaction(() => {
    const [row] = start.all({
      callSid: input.callSid,
      callId: input.callId,
      step: input.step,
      answeredBy: input.answeredBy,
      slotStart: input.slotStart?.getTime() ?? null,
      summary: input.summary ?? null,
      failureReason: input.failureReason ?? null,
      now: record.now.getTime(),
    });
    if (row) insertLines(input.callId, record);
    return row;
  });
  if (!inserted) return { session: (await getTwimlSession(input.callSid))!, created: false };
  if (record.lines.length > 0) notifyBookingChanged(record.bookingId);
  return { session: inserted, created: true };
}

/**
 * Applies one turn to the session as it was read, with the lines said in it, only if no other request advanced the
 * session since (its `turn`). Returns the updated session, or null when that turn was already taken.
 */
export async function advanceTwimlSession(
  input: { session: TwimlSession; changes: TwimlSessionChanges },
  record: TurnRecord,
): Promise<TwimlSession | null> {
  const { advance } = statements();
  const next = { ...input.session, ...input.changes };
  const updated = writeTransaction(() => {
    const [row] = advance.all({
      callSid: input.session.callSid,
      expectedTurn: input.session.turn,
      step: next.step,
      slotStart: next.slotStart?.getTime() ?? null,
      pendingDate: next.pendingDate,
      pendingTime: next.pendingTime,
      offers: next.offers,
      unclearReplies: next.unclearReplies,
      waits: next.waits,
      menuPresses: next.menuPresses,
      menuPressedTurn: next.menuPressedTurn,
      bookedSlotStart: next.bookedSlotStart?.getTime() ?? null,
      summary: next.summary,
      failureReason: next.failureReason,
      now: record.now.getTime(),
    });
    if (row) insertLines(input.session.callId, record);
    return row ?? null;
  });
  if (updated && record.lines.length > 0) notifyBookingChanged(record.bookingId);
  return updated;
}

function insertLines(callId: string, record: TurnRecord): void {
  const { line } = statements();
  for (const spoken of record.lines) {
    line.run({
      bookingId: record.bookingId,
      callId,
      payload: { role: spoken.role, text: spoken.text },
      at: record.now.getTime(),
    });
  }
}

function prepare(db: Db) {
  const p = (name: string) => sql.placeholder(name);
  // Bound as given, without the column's encoder: instants as epoch milliseconds (the timestamp encoder cannot take
  // null), and an update's values (drizzle's set() takes SQL, not bare placeholders).
  const raw = (name: string) => sql`${sql.placeholder(name)}`;
  return {
    get: db
      .select()
      .from(twimlSessions)
      .where(eq(twimlSessions.callSid, p("callSid")))
      .prepare(),
    start: db
      .insert(twimlSessions)
      .values({
        callSid: p("callSid"),
        callId: p("callId"),
        step: p("step"),
        answeredBy: p("answeredBy"),
        slotStart: raw("slotStart"),
        summary: p("summary"),
        failureReason: p("failureReason"),
        createdAt: raw("now"),
        updatedAt: raw("now"),
      })
      .onConflictDoNothing()
      .returning()
      .prepare(),
    advance: db
      .update(twimlSessions)
      .set({
        step: raw("step"),
        slotStart: raw("slotStart"),
        pendingDate: raw("pendingDate"),
        pendingTime: raw("pendingTime"),
        offers: raw("offers"),
        unclearReplies: raw("unclearReplies"),
        waits: raw("waits"),
        menuPresses: raw("menuPresses"),
        menuPressedTurn: raw("menuPressedTurn"),
        bookedSlotStart: raw("bookedSlotStart"),
        summary: raw("summary"),
        failureReason: raw("failureReason"),
        turn: sql`${twimlSessions.turn} + 1`,
        updatedAt: raw("now"),
      })
      .where(and(eq(twimlSessions.callSid, p("callSid")), eq(twimlSessions.turn, p("expectedTurn"))))
      .returning()
      .prepare(),
    line: db
      .insert(callEvents)
      .values({
        bookingId: p("bookingId"),
        callId: p("callId"),
        type: "transcript",
        payload: p("payload"),
        createdAt: raw("at"),
      })
      .prepare(),
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();

function statements(): ReturnType<typeof prepare> {
  const db = getDb();
  let found = prepared.get(db);
  if (!found) {
    found = prepare(db);
    prepared.set(db, found);
  }
  return found;
}
