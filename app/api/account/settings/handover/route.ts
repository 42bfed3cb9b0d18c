import { handoverSettingsSchema, updateHandoverSettings } from "@/lib/account/after-booking-settings";
import { requireCaller } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// PUT /api/account/settings/handover – whether an agent may put a business through to the person, and when
export const PUT = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const body = await readJson(request, handoverSettingsSchema);
  return Response.json(await updateHandoverSettings(caller, body, getRuntime().clock));
});
