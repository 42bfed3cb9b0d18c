// The chat's server action to start a new request: twin of POST /api/task (the daily number of new requests included).
"use server";

import { personAction } from "@/lib/actions/server-action";
import { startTask, startTaskBodySchema } from "@/lib/intake/tasks";
import { getRuntime } from "@/lib/runtime";

export const startNewTask = personAction(startTaskBodySchema, async (input, { caller }) => {
  const task = await startTask({ userId: caller.userId, timeZone: input.time_zone }, getRuntime().clock);
  return { task_id: task.id };
});
