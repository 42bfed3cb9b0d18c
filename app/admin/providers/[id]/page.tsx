// /admin/providers/{id} – edit a provider, disable or enable it, and see where it came from.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getProvider } from "@/db/providers";
import { requireAdminPage } from "@/lib/admin/page-access";
import { providerAsInput } from "@/lib/admin/providers/provider-admin";
import { isDoNotCall } from "@/lib/do-not-call/do-not-call-list";
import { formatDateTime } from "@/app/_components/format-time";
import { cardClass, PageHeader } from "../../_components/page-header";
import { ProviderForm } from "../provider-form";
import { ProviderToggle } from "../provider-toggle";

export const metadata: Metadata = { title: "Provider" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ProviderPage(props: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const { id } = await props.params;
  await requireAdminPage(`/admin/providers/${id}`);
  const provider = await getProvider(id);
  if (!provider) notFound();
  const created = (await props.searchParams).created !== undefined;
  const listed = await isDoNotCall([provider.phone], null);

  return (
    <main
      className="max-w-3xl"
      data-testid="admin-provider"
      data-provider-id={provider.id}
      data-disabled={provider.disabled}
    >
      <Link href="/admin/providers" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
        ← Providers
      </Link>
      <div className="mt-3">
        <PageHeader
          title={provider.name}
          description={
            <>
              <span className="font-mono">{provider.id}</span> · source {provider.source} · added{" "}
              {formatDateTime(provider.createdAt.toISOString(), provider.timeZone)}
            </>
          }
          actions={
            <ProviderToggle providerId={provider.id} disabled={provider.disabled} name={provider.name} />
          }
        />
      </div>
      {created && (
        <p role="status" className="mb-4 rounded-xl bg-emerald-50 px-4 py-2.5 text-sm text-emerald-800">
          The provider was added.
        </p>
      )}
      {provider.disabled && (
        <p className="mb-4 rounded-xl bg-slate-100 px-4 py-2.5 text-sm text-slate-700">
          Disabled: it is not selected for bookings and calls already queued to it end without dialing.
        </p>
      )}
      {listed && (
        <p className="mb-4 rounded-xl bg-rose-50 px-4 py-2.5 text-sm text-rose-700">
          Its number is on the{" "}
          <Link href="/admin/do-not-call" className="font-medium underline">
            do-not-call list
          </Link>
          : it is never dialed.
        </p>
      )}
      <div className={`${cardClass} p-5 sm:p-6`}>
        <ProviderForm providerId={provider.id} initial={providerAsInput(provider)} />
      </div>
    </main>
  );
}
