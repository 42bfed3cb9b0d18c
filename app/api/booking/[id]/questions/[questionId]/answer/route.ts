import { requireCaller } from "@/lib/auth/session";
import { answerBodySchema, answerQuestion } from "@/lib/calls/questions/answer-question";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

type Context = { params: Promise<{ id: string; questionId: string }> };

// POST /api/booking/{id}/questions/{question_id}/answer – the person answers a receptionist's live question (once)
export const POST = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id, questionId } = await params;
  const body = await readJson(request, answerBodySchema);
  const question = await answerQuestion(
    { userId: caller.userId, bookingId: id, questionId, answer: body.answer },
    getRuntime().clock,
  );
  return Response.json(question);
});
