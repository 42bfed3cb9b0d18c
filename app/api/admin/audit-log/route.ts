import { adminRoute } from "@/lib/admin/admin-route";
import { auditLogFilterSchema, loadAuditLog } from "@/lib/admin/audit-log";
import { queryValues } from "@/lib/admin/query-values";

// GET /api/admin/audit-log – who did what, when, newest first (?action, target, page)
export const GET = adminRoute(async (request) => {
  const filter = auditLogFilterSchema.parse(queryValues(new URL(request.url).searchParams));
  return Response.json(await loadAuditLog(filter));
});
