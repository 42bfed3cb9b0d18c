// /admin/providers/import – import providers from a CSV file, all or nothing, with a per-row error report.
import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/admin/page-access";
import { providerColumns, requiredProviderColumns } from "@/lib/admin/providers/provider-input";
import { cardClass, PageHeader } from "../../_components/page-header";
import { CsvImport } from "./csv-import";

export const metadata: Metadata = { title: "Import providers" };

const example = `name,service_type,phone,address,city,country,time_zone,opening_hours,rating
Harbor Dental,dentist,(617) 555-0188,"12 Harbor St, Boston, MA 02110",Boston,US,America/New_York,mon-fri 08:00-17:00,4.6
Elm Street Barbers,barber,+16175550189,"3 Elm St, Somerville, MA 02144",Somerville,US,,"tue-sat 09:00-18:00",`;

export default async function ImportProvidersPage() {
  await requireAdminPage("/admin/providers/import");
  return (
    <main className="max-w-4xl">
      <Link href="/admin/providers" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
        ← Providers
      </Link>
      <div className="mt-3">
        <PageHeader
          title="Import providers"
          description="Every row is checked first. If any row is wrong, nothing is imported and each problem is listed."
        />
      </div>
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className={`${cardClass} p-5 sm:p-6`}>
          <CsvImport example={example} />
        </div>
        <aside className={`${cardClass} p-5 text-sm text-slate-600`}>
          <h2 className="font-semibold text-slate-900">Columns</h2>
          <ul className="mt-2 space-y-1">
            {providerColumns.map((column) => (
              <li key={column}>
                <code className="text-slate-800">{column}</code>
                {requiredProviderColumns.includes(column) ? (
                  <span className="text-rose-600"> required</span>
                ) : (
                  <span className="text-slate-400"> optional</span>
                )}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-xs text-slate-500">
            Phones in any format (read with the row&apos;s country). Without latitude and longitude the city
            is located offline. A row is a duplicate when its phone, or its name and address, match another
            row or a provider already in the directory.
          </p>
        </aside>
      </div>
    </main>
  );
}
