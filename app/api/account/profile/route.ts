import { requireCaller } from "@/lib/auth/session";
import {
  clientProfileSchema,
  clientProfileView,
  updateClientProfile,
} from "@/lib/calls/questions/client-profile";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// GET /api/account/profile – the answers the person lets agents give without asking them (insurance, date of birth…)
export const GET = route(async (request) => {
  const caller = await requireCaller(request.headers);
  return Response.json(await clientProfileView(caller.userId));
});

// PUT /api/account/profile – replace those answers; an empty field means "ask me during the call"
export const PUT = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const body = await readJson(request, clientProfileSchema);
  return Response.json(await updateClientProfile(caller.userId, body, getRuntime().clock));
});
