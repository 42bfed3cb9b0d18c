import { adminRoute } from "@/lib/admin/admin-route";
import { actorOf } from "@/lib/admin/audit-actions";
import { changePersonLimits, personLimitsInputSchema } from "@/lib/admin/people";
import { readJson } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

type Context = { params: Promise<{ id: string }> };

// PATCH /api/admin/people/{id}/limits – { bookings_per_day, calls_per_day, llm_tokens_per_day } (null: the default;
// audited)
export const PATCH = adminRoute(async (request, { params }: Context, admin) => {
  const { id } = await params;
  const input = await readJson(request, personLimitsInputSchema);
  return Response.json(await changePersonLimits(id, input, actorOf(admin), getRuntime().clock));
});
