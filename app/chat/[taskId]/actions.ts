// The request page's server actions: save the summary card, and "Call providers". Each runs exactly what its REST
// twin runs (PATCH /api/task/{id}, POST /api/booking/request), through the same lib/ function. A chat turn goes
// through the streaming route (app/api/chat/stream), which the composer reads as it is written.
"use server";

import { revalidatePath } from "next/cache";
import { actionTranslator } from "@/i18n/server-translator";
import { redirect } from "next/navigation";
import { z } from "zod";
import { personAction, withMessage } from "@/lib/actions/server-action";
import { placeBookingRequest } from "@/lib/booking/place-booking-request";
import { bookingPreferencesSchema } from "@/lib/booking/start-booking";
import { summaryFormSchema } from "@/lib/intake/summary-form";
import { editTask } from "@/lib/intake/tasks";
import { getRuntime } from "@/lib/runtime";

const taskPage = (taskId: string) => `/chat/${encodeURIComponent(taskId)}`;

/** The summary card's form: twin of PATCH /api/task/{id}; the page re-renders with the saved values. */
export const saveSummary = personAction(
  summaryFormSchema,
  async ({ task_id, ...patch }, { caller, request }) => {
    const view = await editTask({ userId: caller.userId, taskId: task_id, patch }, getRuntime().clock);
    revalidatePath(taskPage(task_id));
    return withMessage(view, (await actionTranslator(request, "actionResults"))("saved"));
  },
);

const preferences = bookingPreferencesSchema.shape;
const callProvidersSchema = z.object({
  task_id: z.string().min(1).max(100),
  swarm_size: z.preprocess(
    (value) => (typeof value === "string" ? Number(value) : value),
    preferences.swarm_size,
  ),
  mode: preferences.mode,
});

/** "Call providers": twin of POST /api/booking/request for a task (rate limit, real-call gate, caps); opens the live page. */
export const callProviders = personAction(callProvidersSchema, async (input, { caller, request }) => {
  // Whatever the answer, the panel's steps and today's allowance re-render from the server: a refusal may be news.
  revalidatePath(taskPage(input.task_id));
  const started = await placeBookingRequest({
    caller,
    request,
    body: { task_id: input.task_id, preferences: { swarm_size: input.swarm_size, mode: input.mode } },
  });
  redirect(`/booking/${encodeURIComponent(started.booking.id)}`);
});
