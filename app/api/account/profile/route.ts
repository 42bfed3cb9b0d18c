import { requireCaller } from "@/lib/auth/session";
import {
  personProfileSchema,
  personProfileView,
  updatePersonProfile,
} from "@/lib/calls/questions/person-profile";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// GET /api/account/profile – the answers the person lets agents give without asking them (insurance, date of birth…)
export const GET = route(async (request) => {
  const caller = await requireCaller(request.headers);
  return Response.json(await personProfileView(caller.userId));
});

// PUT /api/account/profile – replace those answers; an empty field means "ask me during the call"
export const PUT = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const body = await readJson(request, personProfileSchema);
  return Response.json(await updatePersonProfile(caller.userId, body, getRuntime().clock));
});
