import { adminRoute } from "@/lib/admin/admin-route";
import { actorOf } from "@/lib/admin/audit-actions";
import { confirmOptOut } from "@/lib/do-not-call/opt-out-review";
import { getRuntime } from "@/lib/runtime";

type Context = { params: Promise<{ phone: string }> };

// POST /api/admin/do-not-call/{phone}/confirm – confirm a business's opt-out heard on a call: its number is listed
// for everyone, with the business's words as the reason (E.164, "+" written as %2B; audited)
export const POST = adminRoute(async (_request, { params }: Context, admin) => {
  const { phone } = await params;
  const confirmed = await confirmOptOut(decodeURIComponent(phone), actorOf(admin), getRuntime().clock);
  return Response.json(confirmed);
});
