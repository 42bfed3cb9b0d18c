import { getProvider } from "@/db/providers";
import { adminRoute } from "@/lib/admin/admin-route";
import { actorOf } from "@/lib/admin/audit-actions";
import { providerPatchSchema, updateProvider } from "@/lib/admin/providers/provider-admin";
import { providerJson } from "@/lib/admin/providers/provider-json";
import { notFound } from "@/lib/errors";
import { readJson } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

type Context = { params: Promise<{ id: string }> };

// GET /api/admin/providers/{id} – one provider
export const GET = adminRoute(async (_request, { params }: Context) => {
  const { id } = await params;
  const provider = await getProvider(id);
  if (!provider) throw notFound("The provider");
  return Response.json(providerJson(provider));
});

// PATCH /api/admin/providers/{id} – edit any fields, and/or { disabled } to disable or enable it (audited)
export const PATCH = adminRoute(async (request, { params }: Context, admin) => {
  const { id } = await params;
  const patch = await readJson(request, providerPatchSchema);
  const provider = await updateProvider(id, patch, actorOf(admin), getRuntime().clock);
  return Response.json(providerJson(provider));
});
