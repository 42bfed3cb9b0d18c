import { z } from "zod";
import { requireCaller } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http/route";
import { startTask } from "@/lib/intake/tasks";
import { getRuntime } from "@/lib/runtime";

const createTaskSchema = z.object({
  time_zone: z
    .string()
    .max(64)
    .optional()
    .describe("The person's IANA time zone; defaults to DEFAULT_TIMEZONE."),
});

// POST /api/task – start a new intake conversation
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const body = await readJson(request, createTaskSchema);
  const task = await startTask({ userId: caller.userId, timeZone: body.time_zone }, getRuntime().clock);
  return Response.json({ task_id: task.id, status: task.status }, { status: 201 });
});
