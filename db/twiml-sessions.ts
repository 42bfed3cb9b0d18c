// Queries for the state of Twilio's scripted calls: one row per call SID, advanced one reply at a time. A turn is
// one transaction: the session's new state and the transcript lines said in that turn (call_events rows, the same
// ones ingestion records), so the live page never shows half a turn.
import { and, eq, sql } from "drizzle-orm";
import { recordCallEvents } from "./call-events";
import { getDb, transaction } from "./client";
import { twimlSessions, type TwimlSessionRow, type TwimlStep } from "./schema";
import type { CallLanguage } from "@/lib/providers/provider-language";
import type { Sentence } from "@/lib/sentences/sentence-schema";

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

/** A line of the call's transcript, as ingestion records it: who said what (and in which language, if not English). */
export interface SpokenLine {
  role: "agent" | "business" | "system";
  text: string;
  language?: CallLanguage;
  /** A system line CallPilot wrote, said in the reader's language (lib/sentences). */
  sentence?: Sentence;
}

export interface TurnRecord {
  bookingId: string;
  lines: SpokenLine[];
  now: Date;
}

export async function getTwimlSession(callSid: string): Promise<TwimlSession | undefined> {
  const [row] = await getDb().select().from(twimlSessions).where(eq(twimlSessions.callSid, callSid)).limit(1);
  return row;
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
  const inserted = await transaction(async (tx) => {
    const [row] = await tx
      .insert(twimlSessions)
      .values({
        callSid: input.callSid,
        callId: input.callId,
        step: input.step,
        answeredBy: input.answeredBy,
        slotStart: input.slotStart,
        summary: input.summary ?? null,
        failureReason: input.failureReason ?? null,
        createdAt: record.now,
        updatedAt: record.now,
      })
      .onConflictDoNothing()
      .returning();
    if (row) await recordLines(input.callId, record);
    return row;
  });
  if (!inserted) return { session: (await getTwimlSession(input.callSid))!, created: false };
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
  const next = { ...input.session, ...input.changes };
  return transaction(async (tx) => {
    const [row] = await tx
      .update(twimlSessions)
      .set({
        step: next.step,
        slotStart: next.slotStart,
        pendingDate: next.pendingDate,
        pendingTime: next.pendingTime,
        offers: next.offers,
        unclearReplies: next.unclearReplies,
        waits: next.waits,
        menuPresses: next.menuPresses,
        menuPressedTurn: next.menuPressedTurn,
        bookedSlotStart: next.bookedSlotStart,
        summary: next.summary,
        failureReason: next.failureReason,
        turn: sql`${twimlSessions.turn} + 1`,
        updatedAt: record.now,
      })
      .where(
        and(eq(twimlSessions.callSid, input.session.callSid), eq(twimlSessions.turn, input.session.turn)),
      )
      .returning();
    if (!row) return null;
    await recordLines(input.session.callId, record);
    return row;
  });
}

function recordLines(callId: string, record: TurnRecord) {
  return recordCallEvents(
    record.lines.map((spoken) => ({
      bookingId: record.bookingId,
      callId,
      type: "transcript" as const,
      payload: {
        role: spoken.role,
        text: spoken.text,
        ...(spoken.language ? { language: spoken.language } : {}),
        ...(spoken.sentence ? { sentence: spoken.sentence } : {}),
      },
      at: record.now,
    })),
  );
}
