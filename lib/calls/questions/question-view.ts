// A live question as the person sees it (GET /api/booking/{id} "questions", the booking page's question cards).
import { listQuestionsForBooking, type CallQuestion } from "@/db/call-questions";

export interface QuestionView {
  id: string;
  provider_id: string;
  call_id: string;
  text: string;
  asked_at: string;
  answer: string | null;
  status: CallQuestion["status"];
  answered_by: CallQuestion["answeredBy"];
}

export function questionView(question: CallQuestion): QuestionView {
  return {
    id: question.id,
    provider_id: question.providerId,
    call_id: question.callId,
    text: question.text,
    asked_at: question.askedAt.toISOString(),
    answer: question.answer,
    status: question.status,
    answered_by: question.answeredBy,
  };
}

export async function questionsForBooking(bookingId: string): Promise<QuestionView[]> {
  return (await listQuestionsForBooking(bookingId)).map(questionView);
}
