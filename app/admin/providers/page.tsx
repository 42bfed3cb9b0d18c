// /admin/providers – the directory: search and filter, add one, import a CSV, edit, disable or enable.
import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/admin/page-access";
import { readListFilter } from "@/lib/admin/list-filter";
import { listProvidersPage, providerListFilterSchema } from "@/lib/admin/providers/provider-admin";
import { serviceTypeOptions } from "@/app/_components/service-labels";
import { FilterField, FilterForm, IgnoredFilterNote } from "../_components/list-filters";
import { buttonStyles, inputClass, PageHeader } from "../_components/page-header";
import { Pagination } from "../_components/pagination";
import { ProvidersTable } from "./providers-table";

export const metadata: Metadata = { title: "Providers" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminProvidersPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdminPage("/admin/providers");
  const { filter, ignored } = readListFilter(providerListFilterSchema, await searchParams);
  const list = await listProvidersPage(filter);

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
      <IgnoredFilterNote note={ignored} />
      <FilterForm
        base="/admin/providers"
        submitLabel="Search"
        submitTestId="provider-search-submit"
        layout="sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
      >
        <FilterField label="Search">
          <input
            name="search"
            defaultValue={filter.search ?? ""}
            placeholder="name, city, address or phone"
            data-testid="provider-search"
            className={`mt-1 ${inputClass}`}
          />
        </FilterField>
        <FilterField label="Service">
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
        </FilterField>
        <FilterField label="Status">
          <select name="status" defaultValue={filter.status ?? ""} className={`mt-1 ${inputClass}`}>
            <option value="">Any</option>
            <option value="enabled">Enabled</option>
            <option value="disabled">Disabled</option>
          </select>
        </FilterField>
      </FilterForm>
      <ProvidersTable providers={list.providers} />
      <Pagination list={list} base="/admin/providers" filter={filter} noun="providers" />
    </main>
  );
}
