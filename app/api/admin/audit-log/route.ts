import { adminRoute } from "@/lib/admin/admin-route";
import { auditLogFilterSchema, loadAuditLog } from "@/lib/admin/audit-log";
import { parseListFilter } from "@/lib/admin/list-filter";
import { listPageJson } from "@/lib/admin/list-page";

// GET /api/admin/audit-log – who did what, when, newest first (?action, target, page; a bad filter is a 400)
export const GET = adminRoute(async (request) => {
  const filter = parseListFilter(auditLogFilterSchema, new URL(request.url).searchParams);
  return Response.json(listPageJson(await loadAuditLog(filter)));
});
