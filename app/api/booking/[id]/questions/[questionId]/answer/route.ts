import { z } from "zod";
import { requireCaller } from "@/lib/auth/session";
import { answerQuestion } from "@/lib/calls/questions/answer-question";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

const answerSchema = z
  .object({
    answer: z
      .string()
      .trim()
      .min(1, "type an answer for the business")
      .max(500)
      .describe("What the agent tells the business, as the person typed it."),
  })
  .strict();

type Context = { params: Promise<{ id: string; questionId: string }> };

// POST /api/booking/{id}/questions/{question_id}/answer – the person answers a receptionist's live question (once)
export const POST = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id, questionId } = await params;
  const body = await readJson(request, answerSchema);
  const question = await answerQuestion(
    { userId: caller.userId, bookingId: id, questionId, answer: body.answer },
    getRuntime().clock,
  );
  return Response.json(question);
});
