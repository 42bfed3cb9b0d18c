import { requireCaller } from "@/lib/auth/session";
import { addBusyBlock, newBusyBlockSchema } from "@/lib/calendar/busy-blocks";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// POST /api/calendar/busy-blocks – add a busy time by hand
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const body = await readJson(request, newBusyBlockSchema);
  return Response.json(await addBusyBlock(caller.userId, body, getRuntime().clock), { status: 201 });
});
