// The person's side of a live question: answering it (owner only, once) and the questions a booking shows.
// The answer also goes on the call's transcript, so it reads in place on the booking page and in the admin timeline.
import { z } from "zod";
import { getBookingForUser } from "@/db/bookings";
import { answerCallQuestion, getCallQuestion } from "@/db/call-questions";
import type { Clock } from "@/lib/clock";
import { conflict, notFound } from "@/lib/errors";
import { noteLine } from "../call-outcome";
import { recordTranscriptLine } from "../ingestion";
import { questionView, type QuestionView } from "./question-view";
import { sentence } from "@/lib/sentences/sentence";
import { validationMessage } from "@/lib/sentences/validation-message";

/** The body of POST /api/booking/{id}/questions/{question_id}/answer, and the live page's answer box. */
export const answerBodySchema = z
  .object({
    answer: z
      .string()
      .trim()
      .min(1, validationMessage("validationTypeAnAnswer"))
      .max(500)
      .describe("What the agent tells the business, as the person typed it."),
  })
  .strict();

/** The transcript line that records an answer: said by nobody on the call, so a system line. */
export function answerLine(question: string, answer: string, by: "person" | "profile") {
  return noteLine(
    sentence(by === "profile" ? "noteAnsweredFromProfile" : "noteClientAnswered", { question, answer }),
  );
}

/** 404 for a booking or question that is not the caller's; 409 when it was already answered or no longer waits. */
export async function answerQuestion(
  input: { userId: string; bookingId: string; questionId: string; answer: string },
  clock: Clock,
): Promise<QuestionView> {
  const booking = await getBookingForUser(input.bookingId, input.userId);
  if (!booking) throw notFound(sentence("errorBookingNotFound"));
  const question = await getCallQuestion(input.questionId);
  if (!question || question.bookingId !== booking.id) throw notFound(sentence("errorQuestionNotFound"));
  const answered = await answerCallQuestion({
    id: question.id,
    bookingId: booking.id,
    answer: input.answer,
    at: clock.now(),
  });
  if (!answered) {
    const current = (await getCallQuestion(question.id)) ?? question;
    throw conflict(
      sentence(current.status === "answered" ? "errorQuestionAnswered" : "errorQuestionExpired"),
    );
  }
  await recordTranscriptLine(
    { id: answered.callId, bookingId: answered.bookingId },
    answerLine(answered.text, input.answer, "person"),
    clock,
  );
  return questionView(answered);
}
