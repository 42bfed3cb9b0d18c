// /admin/providers – the directory: search and filter, add one, import a CSV, edit, disable or enable.
import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/admin/page-access";
import {
  listProvidersPage,
  providerListFilterSchema,
  type ProviderListFilter,
} from "@/lib/admin/providers/provider-admin";
import { queryValues } from "@/lib/admin/query-values";
import { serviceTypeOptions } from "@/app/_components/service-labels";
import { buttonStyles, inputClass, PageHeader } from "../_components/page-header";
import { Pagination } from "../_components/pagination";
import { ProvidersTable } from "./providers-table";

export const metadata: Metadata = { title: "Providers" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminProvidersPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdminPage("/admin/providers");
  const parsed = providerListFilterSchema.safeParse(queryValues(await searchParams));
  const filter: ProviderListFilter = parsed.success ? parsed.data : { page: 1 };
  const page = await listProvidersPage(filter);
  const hrefFor = (n: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filter, page: n > 1 ? n : undefined })) {
      if (value !== undefined && value !== "") params.set(key, String(value));
    }
    return `/admin/providers${params.size > 0 ? `?${params}` : ""}`;
  };

  return (
    <main data-testid="admin-providers">
      <PageHeader
        title="Providers"
        description="The businesses CallPilot may phone. A disabled provider is never selected and never dialed."
        actions={
          <>
            <Link
              href="/admin/providers/import"
              className={buttonStyles.secondary}
              data-testid="import-providers-link"
            >
              Import CSV
            </Link>
            <Link
              href="/admin/providers/new"
              className={buttonStyles.primary}
              data-testid="add-provider-link"
            >
              Add provider
            </Link>
          </>
        }
      />
      {!parsed.success && (
        <p role="alert" className="mb-4 rounded-xl bg-amber-50 px-4 py-2.5 text-sm text-amber-800">
          The filters in the address were not valid and were reset.
        </p>
      )}
      <form
        method="get"
        action="/admin/providers"
        className="mb-4 grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
      >
        <label className="block text-xs font-medium text-slate-500">
          Search
          <input
            name="search"
            defaultValue={filter.search ?? ""}
            placeholder="name, city, address or phone"
            data-testid="provider-search"
            className={`mt-1 ${inputClass}`}
          />
        </label>
        <label className="block text-xs font-medium text-slate-500">
          Service
          <select
            name="service_type"
            defaultValue={filter.service_type ?? ""}
            className={`mt-1 ${inputClass}`}
          >
            <option value="">Any</option>
            {serviceTypeOptions.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-xs font-medium text-slate-500">
          Status
          <select name="status" defaultValue={filter.status ?? ""} className={`mt-1 ${inputClass}`}>
            <option value="">Any</option>
            <option value="enabled">Enabled</option>
            <option value="disabled">Disabled</option>
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonStyles.primary} data-testid="provider-search-submit">
            Search
          </button>
          <Link href="/admin/providers" className={buttonStyles.secondary}>
            Reset
          </Link>
        </div>
      </form>
      <ProvidersTable providers={page.providers} />
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        total={page.total}
        noun="providers"
        hrefFor={hrefFor}
      />
    </main>
  );
}
