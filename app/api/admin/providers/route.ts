import { adminRoute } from "@/lib/admin/admin-route";
import { actorOf } from "@/lib/admin/audit-actions";
import { parseListFilter } from "@/lib/admin/list-filter";
import { listPageJson } from "@/lib/admin/list-page";
import {
  createProvider,
  listProvidersPage,
  providerCreateSchema,
  providerListFilterSchema,
} from "@/lib/admin/providers/provider-admin";
import { providerJson } from "@/lib/admin/providers/provider-json";
import { readJson } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// GET /api/admin/providers – the directory, searched (?search, service_type, status=enabled|disabled, page; a bad
// filter is a 400)
export const GET = adminRoute(async (request) => {
  const filter = parseListFilter(providerListFilterSchema, new URL(request.url).searchParams);
  const page = await listProvidersPage(filter);
  return Response.json(listPageJson({ ...page, providers: page.providers.map(providerJson) }));
});

// POST /api/admin/providers – add a provider (validated: E.164 phone, time zone, opening hours; audited)
export const POST = adminRoute(async (request, _context, admin) => {
  const input = await readJson(request, providerCreateSchema);
  const provider = await createProvider(input, actorOf(admin), getRuntime().clock);
  return Response.json(providerJson(provider), { status: 201 });
});
