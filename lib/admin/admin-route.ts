// The wrapper every /api/admin route handler uses: the admin check first (before any body is read), then the
// handler with the admin who asked; errors become {error} responses like every other route.
import type { Caller } from "@/lib/auth/session";
import { route } from "@/lib/http/route";
import { requireAdmin } from "./access";

type AdminHandler<Ctx> = (request: Request, context: Ctx, admin: Caller) => Promise<Response>;

export function adminRoute<Ctx>(handler: AdminHandler<Ctx>) {
  return route<Ctx>(async (request, context) => {
    const admin = await requireAdmin(request.headers);
    return handler(request, context, admin);
  });
}
