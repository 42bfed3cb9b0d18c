import { adminRoute } from "@/lib/admin/admin-route";
import { actorOf } from "@/lib/admin/audit-actions";
import { removeFromDoNotCallList } from "@/lib/do-not-call/do-not-call-list";
import { getRuntime } from "@/lib/runtime";

type Context = { params: Promise<{ phone: string }> };

// DELETE /api/admin/do-not-call/{phone} – unlist a number, or dismiss its opt-outs waiting for review (E.164, "+"
// written as %2B; audited)
export const DELETE = adminRoute(async (_request, { params }: Context, admin) => {
  const { phone } = await params;
  await removeFromDoNotCallList(decodeURIComponent(phone), actorOf(admin), getRuntime().clock);
  return new Response(null, { status: 204 });
});
