import { requireCaller } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http/route";
import { startTask, startTaskBodySchema } from "@/lib/intake/tasks";
import { getRuntime } from "@/lib/runtime";

// POST /api/task – start a new intake conversation
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const body = await readJson(request, startTaskBodySchema);
  const task = await startTask({ userId: caller.userId, timeZone: body.time_zone }, getRuntime().clock);
  return Response.json({ task_id: task.id, status: task.status }, { status: 201 });
});
