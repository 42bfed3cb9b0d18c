// /admin/providers/import – import providers from a CSV file, all or nothing, with a per-row error report.
import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/admin/page-access";
import { providerColumns, requiredProviderColumns } from "@/lib/admin/providers/provider-input";
import { cardClass, PageHeader } from "../../_components/page-header";
import { BackToProviders } from "../back-link";
import { CsvImport } from "./csv-import";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminProviders.import"))("title") };
}

// A sample file, not words of the page: its column names and values are what the importer reads, in any language.
const example = `name,service_type,phone,address,city,country,time_zone,opening_hours,rating
Harbor Dental,dentist,(617) 555-0188,"12 Harbor St, Boston, MA 02110",Boston,US,America/New_York,mon-fri 08:00-17:00,4.6
Elm Street Barbers,barber,+16175550189,"3 Elm St, Somerville, MA 02144",Somerville,US,,"tue-sat 09:00-18:00",`;

export default async function ImportProvidersPage() {
  await requireAdminPage("/admin/providers/import");
  // The words are drawn in the render (see app/admin/providers/page.tsx).
  return <ImportProviders />;
}

function ImportProviders() {
  const t = useTranslations("adminProviders.import");
  return (
    <main className="max-w-4xl">
      <BackToProviders />
      <div className="mt-3">
        <PageHeader title={t("title")} description={t("description")} />
      </div>
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className={`${cardClass} p-5 sm:p-6`}>
          <CsvImport example={example} />
        </div>
        <aside className={`${cardClass} p-5 text-sm text-slate-600`}>
          <h2 className="font-semibold text-slate-900">{t("columns")}</h2>
          <ul className="mt-2 space-y-1">
            {providerColumns.map((column) => (
              <li key={column}>
                <code className="text-slate-800">{column}</code>
                {requiredProviderColumns.includes(column) ? (
                  <span className="text-rose-600"> {t("required")}</span>
                ) : (
                  <span className="text-slate-400"> {t("optional")}</span>
                )}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-xs text-slate-500">{t("notes")}</p>
        </aside>
      </div>
    </main>
  );
}
