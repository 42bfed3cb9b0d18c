"use server";
// The directory's actions, the twins of POST /api/admin/providers, PATCH /api/admin/providers/{id} and
// POST /api/admin/providers/import: the same lib/ functions, the same validation and audit entries. What they say
// themselves is in the language of the page that sent them.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { actionTranslator } from "@/i18n/server-translator";
import { adminAction, withMessage } from "@/lib/actions/server-action";
import { actorOf } from "@/lib/admin/audit-actions";
import { csvUploadSchema, readCsvUpload } from "@/lib/admin/providers/csv-body";
import {
  createProvider,
  providerCreateSchema,
  providerPatchSchema,
  updateProvider,
} from "@/lib/admin/providers/provider-admin";
import { importProvidersCsv } from "@/lib/admin/providers/provider-csv-import";
import { getRuntime } from "@/lib/runtime";

const providerId = z.string().trim().min(1).max(200);

/** Adds a provider, then opens its page (so it answers only when refused; typed like the edit, one form for both). */
export const createProviderAction = adminAction<typeof providerCreateSchema, { id: string }>(
  providerCreateSchema,
  async (input, { caller }) => {
    const provider = await createProvider(input, actorOf(caller), getRuntime().clock);
    revalidatePath("/admin/providers");
    redirect(`/admin/providers/${provider.id}?created=1`);
  },
);

/** Edits a provider's fields (the whole entry is checked again). */
export const updateProviderAction = adminAction(
  providerPatchSchema.omit({ disabled: true }).extend({ provider_id: providerId }),
  async ({ provider_id, ...patch }, { caller, request }) => {
    const provider = await updateProvider(provider_id, patch, actorOf(caller), getRuntime().clock);
    revalidatePath("/admin/providers");
    revalidatePath(`/admin/providers/${provider_id}`);
    return withMessage(
      { id: provider.id },
      (await actionTranslator(request, "adminProviders"))("actions.saved"),
    );
  },
);

/** Disables (never selected, never dialed) or enables a provider. */
export const setProviderDisabledAction = adminAction(
  z.object({
    provider_id: providerId,
    disabled: z.union([z.boolean(), z.stringbool()]),
  }),
  async ({ provider_id, disabled }, { caller, request }) => {
    const provider = await updateProvider(provider_id, { disabled }, actorOf(caller), getRuntime().clock);
    revalidatePath("/admin/providers");
    revalidatePath(`/admin/providers/${provider_id}`);
    const t = await actionTranslator(request, "adminProviders");
    return withMessage(
      { id: provider.id, disabled: provider.disabled },
      t(provider.disabled ? "actions.disabled" : "actions.enabled"),
    );
  },
);

/** Imports a CSV (a chosen file or pasted text), all or nothing; a refusal lists each row's problems. */
export const importProvidersAction = adminAction(csvUploadSchema, async (upload, { caller, request }) => {
  const csv = await readCsvUpload(upload);
  const result = await importProvidersCsv(csv, actorOf(caller), getRuntime().clock);
  revalidatePath("/admin/providers");
  const t = await actionTranslator(request, "adminProviders");
  return withMessage(result, t("actions.imported", { count: result.imported }));
});
