import { adminRoute } from "@/lib/admin/admin-route";
import { actorOf } from "@/lib/admin/audit-actions";
import { readCsvBody } from "@/lib/admin/providers/csv-body";
import { importProvidersCsv } from "@/lib/admin/providers/provider-csv-import";
import { getRuntime } from "@/lib/runtime";

// POST /api/admin/providers/import – a CSV file (text/csv body) of providers, imported all or nothing; a 400 lists
// every problem as row_errors [{ row, column, message }] (audited when imported)
export const POST = adminRoute(async (request, _context, admin) => {
  const csv = await readCsvBody(request);
  const result = await importProvidersCsv(csv, actorOf(admin), getRuntime().clock);
  return Response.json(result, { status: 201 });
});
