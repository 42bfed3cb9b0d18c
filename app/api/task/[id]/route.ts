import { requireCaller } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http/route";
import { bookingRequestPatchSchema } from "@/lib/intake/booking-request";
import { editTask, getTaskView } from "@/lib/intake/tasks";
import { getRuntime } from "@/lib/runtime";

type Context = { params: Promise<{ id: string }> };

// GET /api/task/{id} – the task, its extracted fields and its conversation
export const GET = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id } = await params;
  return Response.json(await getTaskView(id, caller.userId));
});

// PATCH /api/task/{id} – edit the extracted fields (the summary card)
export const PATCH = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id } = await params;
  const patch = await readJson(request, bookingRequestPatchSchema.strict());
  return Response.json(await editTask({ userId: caller.userId, taskId: id, patch }, getRuntime().clock));
});
