// ask_client: a receptionist asked something the agent does not know. A pre-filled profile detail answers at once;
// otherwise the question goes to the person's booking page (a call event on its live stream) and the agent waits a
// bounded number of polls of the database for the answer — no in-process state, so any app instance may answer it.
import { getBooking } from "@/db/bookings";
import {
  expireCallQuestion,
  getCallQuestion,
  insertCallQuestion,
  type CallQuestion,
} from "@/db/call-questions";
import { getCall } from "@/db/calls";
import { liveCallStatuses } from "@/db/schema";
import type { Clock } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { logger } from "@/lib/logger";
import { recordTranscriptLine } from "../ingestion";
import { answerLine } from "./answer-question";
import { personDetailsFor, detailAnsweringQuestion } from "./person-details";
import { answerPollMs, pollsFor } from "./wait-limits";

export type AskPersonCode = "answered" | "no_answer" | "call_ended" | "booking_closed";

export interface AskPersonAnswer {
  code: AskPersonCode;
  /** What the agent says or does next. */
  say: string;
  answer: string | null;
  question_id: string | null;
}

export interface AnswerWait {
  /** How long to wait for the person, at most. */
  waitMs: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The whole tool: record the question (or answer it from the profile), then wait for the person's answer. */
export async function askPerson(
  input: { callId: string; question: string },
  clock: Clock,
  wait: AnswerWait,
): Promise<AskPersonAnswer> {
  const asked = await startQuestion(input, clock);
  if (asked.code !== "waiting") return asked.reply;
  return awaitAnswer(asked.question.id, clock, wait);
}

export type StartedQuestion =
  { code: "waiting"; question: CallQuestion } | { code: "settled"; reply: AskPersonAnswer };

/** Records the question. Settled at once when the call has ended or a profile detail answers it. */
export async function startQuestion(
  input: { callId: string; question: string },
  clock: Clock,
): Promise<StartedQuestion> {
  const call = await getCall(input.callId);
  if (!call) throw notFound("The call");
  if (!liveCallStatuses.includes(call.status)) {
    return { code: "settled", reply: { ...callEnded, question_id: null } };
  }
  const booking = await getBooking(call.bookingId);
  if (!booking) throw notFound("The booking");
  const text = input.question.trim();
  const detail = detailAnsweringQuestion(text, await personDetailsFor(booking.userId));
  const question = await insertCallQuestion({
    id: newId("qst"),
    bookingId: call.bookingId,
    callId: call.id,
    providerId: call.providerId,
    text,
    askedAt: clock.now(),
    ...(detail ? { profileAnswer: detail.value } : {}),
  });
  logger.info("a receptionist asked the client a question", {
    callId: call.id,
    bookingId: call.bookingId,
    questionId: question.id,
    fromProfile: Boolean(detail),
  });
  if (detail) {
    await recordTranscriptLine(call, answerLine(text, detail.value, "profile"), clock);
    return { code: "settled", reply: answered(question.id, detail.value) };
  }
  return { code: "waiting", question };
}

/**
 * Polls the question's row until it is answered, the call ends, or the wait is over (then it expires). The wait ends
 * at the clock's deadline as well as after its number of polls: each poll's query takes time, so counting polls
 * alone would stretch a 35 s wait past the vendor's tool timeout on a slow database.
 */
export async function awaitAnswer(
  questionId: string,
  clock: Clock,
  wait: AnswerWait,
): Promise<AskPersonAnswer> {
  const pollMs = wait.pollMs ?? answerPollMs;
  const sleep = wait.sleep ?? realSleep;
  const polls = pollsFor(wait.waitMs, pollMs);
  const deadline = clock.now().getTime() + wait.waitMs;
  for (let poll = 0; poll < polls; poll++) {
    if (poll > 0) {
      await sleep(pollMs);
      if (clock.now().getTime() >= deadline) break;
    }
    const reply = await checkAnswer(questionId, clock);
    if (reply) return reply;
  }
  return giveUpWaiting(questionId, clock);
}

/** One look at the question: its answer, "call ended", or null while it is still open. */
export async function checkAnswer(questionId: string, clock: Clock): Promise<AskPersonAnswer | null> {
  const question = await getCallQuestion(questionId);
  if (!question) throw notFound("The question");
  if (question.status === "answered") return answered(question.id, question.answer ?? "");
  if (question.status === "expired") return noAnswer(question.id);
  const call = await getCall(question.callId);
  if (!call || !liveCallStatuses.includes(call.status)) return { ...callEnded, question_id: question.id };
  // Booked elsewhere or cancelled while the business holds: no answer is needed any more.
  const booking = await getBooking(question.bookingId);
  if (booking?.status === "canceled" || (booking?.status === "booked" && booking.bookedCallId !== call.id)) {
    await expireCallQuestion(question.id, clock.now());
    return { ...bookingClosed, question_id: question.id };
  }
  return null;
}

/** Stops waiting: the question expires unless the answer arrived at the last moment, which then still counts. */
export async function giveUpWaiting(questionId: string, clock: Clock): Promise<AskPersonAnswer> {
  if (await expireCallQuestion(questionId, clock.now())) return noAnswer(questionId);
  return (await checkAnswer(questionId, clock)) ?? noAnswer(questionId);
}

function answered(questionId: string, answer: string): AskPersonAnswer {
  return {
    code: "answered",
    say: `The client's answer: ${answer}. Thank them for waiting and pass this on.`,
    answer,
    question_id: questionId,
  };
}

function noAnswer(questionId: string): AskPersonAnswer {
  return {
    code: "no_answer",
    say: "No answer yet: tell them the client will call back with it, then carry on or close politely.",
    answer: null,
    question_id: questionId,
  };
}

const bookingClosed = {
  code: "booking_closed" as const,
  say: "The client no longer needs this appointment. Thank them, say so, and end the call without booking.",
  answer: null,
};

const callEnded = {
  code: "call_ended" as const,
  say: "This call has already ended.",
  answer: null,
};
