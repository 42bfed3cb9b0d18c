import { adminRoute } from "@/lib/admin/admin-route";
import { loadPersonDetail } from "@/lib/admin/people";
import { getRuntime } from "@/lib/runtime";

type Context = { params: Promise<{ id: string }> };

// GET /api/admin/people/{id} – one person: email verification, consent, today's allowance and their limits
export const GET = adminRoute(async (_request, { params }: Context) => {
  const { id } = await params;
  return Response.json(await loadPersonDetail(id, getRuntime().clock));
});
