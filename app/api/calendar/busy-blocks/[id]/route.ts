import { requireCaller } from "@/lib/auth/session";
import { removeBusyBlock } from "@/lib/calendar/busy-blocks";
import { route } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

// DELETE /api/calendar/busy-blocks/{id} – remove one of the person's busy times
export const DELETE = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  await removeBusyBlock(caller.userId, (await params).id);
  return new Response(null, { status: 204 });
});
