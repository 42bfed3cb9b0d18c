import { remindersSchema, updateAppointmentReminders } from "@/lib/account/after-booking-settings";
import { requireCaller } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// PUT /api/account/settings/reminders – turn the day-before reminder emails on or off
export const PUT = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const body = await readJson(request, remindersSchema);
  return Response.json(await updateAppointmentReminders(caller, body, getRuntime().clock));
});
