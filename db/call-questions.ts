// Queries for live questions to the person: asked on a call, shown on the booking page, answered at most once.
// Asking and answering each write their row and a call event in one transaction, so the live page sees both at once.
import { and, asc, eq } from "drizzle-orm";
import { getDb, transaction } from "./client";
import { recordCallEvent } from "./call-events";
import { callQuestions, type CallQuestionRow } from "./schema";

export type CallQuestion = CallQuestionRow;

export interface NewCallQuestion {
  id: string;
  bookingId: string;
  callId: string;
  providerId: string;
  text: string;
  askedAt: Date;
  /** Set when a pre-filled profile detail answered it at once: the row is stored already answered. */
  profileAnswer?: string;
}

/** Records a question and its `question_asked` event (which the booking page streams) in one transaction. */
export async function insertCallQuestion(input: NewCallQuestion): Promise<CallQuestion> {
  const answered = input.profileAnswer !== undefined;
  return transaction(async (tx) => {
    const [inserted] = await tx
      .insert(callQuestions)
      .values({
        id: input.id,
        bookingId: input.bookingId,
        callId: input.callId,
        providerId: input.providerId,
        text: input.text,
        askedAt: input.askedAt,
        status: answered ? "answered" : "open",
        answer: answered ? input.profileAnswer : null,
        answeredBy: answered ? "profile" : null,
        answeredAt: answered ? input.askedAt : null,
      })
      .returning();
    const about = { bookingId: input.bookingId, callId: input.callId, at: input.askedAt };
    const question = { question_id: input.id, text: input.text };
    await recordCallEvent(
      answered
        ? { ...about, type: "question_answered", payload: { ...question, answered_by: "profile" } }
        : { ...about, type: "question_asked", payload: question },
    );
    return inserted;
  });
}

export async function getCallQuestion(id: string): Promise<CallQuestion | undefined> {
  const [row] = await getDb().select().from(callQuestions).where(eq(callQuestions.id, id)).limit(1);
  return row;
}

export async function listQuestionsForBooking(bookingId: string): Promise<CallQuestion[]> {
  return getDb()
    .select()
    .from(callQuestions)
    .where(eq(callQuestions.bookingId, bookingId))
    .orderBy(asc(callQuestions.askedAt), asc(callQuestions.id));
}

export async function listQuestionsForCall(callId: string): Promise<CallQuestion[]> {
  return getDb()
    .select()
    .from(callQuestions)
    .where(eq(callQuestions.callId, callId))
    .orderBy(asc(callQuestions.askedAt), asc(callQuestions.id));
}

/**
 * The person's answer, in ONE conditional UPDATE (only while the question is open), with its event. Returns the
 * answered row, or null when the question was already answered or had expired (the caller's 409).
 */
export async function answerCallQuestion(input: {
  id: string;
  bookingId: string;
  answer: string;
  at: Date;
}): Promise<CallQuestion | null> {
  const row = await transaction(async (tx) => {
    const [updated] = await tx
      .update(callQuestions)
      .set({ status: "answered", answer: input.answer, answeredBy: "person", answeredAt: input.at })
      .where(
        and(
          eq(callQuestions.id, input.id),
          eq(callQuestions.bookingId, input.bookingId),
          eq(callQuestions.status, "open"),
        ),
      )
      .returning();
    if (!updated) return null;
    await recordCallEvent({
      bookingId: updated.bookingId,
      callId: updated.callId,
      type: "question_answered",
      payload: { question_id: updated.id, text: updated.text, answered_by: "person" },
      at: input.at,
    });
    return updated;
  });
  return row;
}

/** The agent stopped waiting: an open question expires (one conditional UPDATE). False when it was answered first. */
export async function expireCallQuestion(id: string, at: Date): Promise<boolean> {
  const row = await transaction(async (tx) => {
    const [updated] = await tx
      .update(callQuestions)
      .set({ status: "expired" })
      .where(and(eq(callQuestions.id, id), eq(callQuestions.status, "open")))
      .returning();
    if (!updated) return null;
    await recordCallEvent({
      bookingId: updated.bookingId,
      callId: updated.callId,
      type: "question_expired",
      payload: { question_id: updated.id, text: updated.text },
      at,
    });
    return updated;
  });
  return row !== null;
}
