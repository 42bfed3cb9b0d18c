// /admin/providers/new – add a provider to the directory by hand.
import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/admin/page-access";
import { cardClass, PageHeader } from "../../_components/page-header";
import { BackToProviders } from "../back-link";
import { emptyProviderValues, ProviderForm } from "../provider-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminProviders.new"))("title") };
}

export default async function NewProviderPage() {
  await requireAdminPage("/admin/providers/new");
  // The words are drawn in the render (see app/admin/providers/page.tsx).
  return <NewProvider />;
}

function NewProvider() {
  const t = useTranslations("adminProviders.new");
  return (
    <main className="max-w-3xl">
      <BackToProviders />
      <div className="mt-3">
        <PageHeader title={t("title")} description={t("description")} />
      </div>
      <div className={`${cardClass} p-5 sm:p-6`}>
        <ProviderForm initial={emptyProviderValues} />
      </div>
    </main>
  );
}
