// /admin/providers/{id} – edit a provider, disable or enable it, and see where it came from.
import type { Metadata } from "next";
import { useLocale, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getProvider, type Provider } from "@/db/providers";
import { requireAdminPage } from "@/lib/admin/page-access";
import { providerAsInput } from "@/lib/admin/providers/provider-admin";
import { isDoNotCall } from "@/lib/do-not-call/do-not-call-list";
import { formatDateTime } from "@/app/_components/format-time";
import { cardClass, PageHeader } from "../../_components/page-header";
import { BackToProviders } from "../back-link";
import { ProviderForm } from "../provider-form";
import { ProviderToggle } from "../provider-toggle";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminProviders.detail"))("title") };
}

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
  // The page only loads; its words are drawn in the render (see app/admin/providers/page.tsx).
  return <ProviderDetail provider={provider} created={created} listed={listed} />;
}

function ProviderDetail({
  provider,
  created,
  listed,
}: {
  provider: Provider;
  created: boolean;
  listed: boolean;
}) {
  const t = useTranslations("adminProviders.detail");
  const locale = useLocale();
  return (
    <main
      className="max-w-3xl"
      data-testid="admin-provider"
      data-provider-id={provider.id}
      data-disabled={provider.disabled}
    >
      <BackToProviders />
      <div className="mt-3">
        <PageHeader
          title={provider.name}
          description={t.rich("meta", {
            id: provider.id,
            source: provider.source,
            date: formatDateTime(provider.createdAt.toISOString(), provider.timeZone, locale),
            mono: (chunks) => <span className="font-mono">{chunks}</span>,
          })}
          actions={
            <ProviderToggle providerId={provider.id} disabled={provider.disabled} name={provider.name} />
          }
        />
      </div>
      {created && (
        <p role="status" className="mb-4 rounded-xl bg-emerald-50 px-4 py-2.5 text-sm text-emerald-800">
          {t("created")}
        </p>
      )}
      {provider.disabled && (
        <p className="mb-4 rounded-xl bg-slate-100 px-4 py-2.5 text-sm text-slate-700">{t("disabled")}</p>
      )}
      {listed && (
        <p className="mb-4 rounded-xl bg-rose-50 px-4 py-2.5 text-sm text-rose-700">
          {t.rich("doNotCall", {
            link: (chunks) => (
              <Link href="/admin/do-not-call" className="font-medium underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      <div className={`${cardClass} p-5 sm:p-6`}>
        <ProviderForm providerId={provider.id} initial={providerAsInput(provider)} />
      </div>
    </main>
  );
}
