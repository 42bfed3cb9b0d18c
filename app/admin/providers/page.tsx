// /admin/providers – the directory: search and filter, add one, import a CSV, edit, disable or enable.
import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireAdminPage } from "@/lib/admin/page-access";
import { readListFilter } from "@/lib/admin/list-filter";
import type { ListPage } from "@/lib/admin/list-page";
import {
  listProvidersPage,
  providerListFilterSchema,
  type ProviderListFilter,
} from "@/lib/admin/providers/provider-admin";
import { IgnoredFilterNote } from "../_components/list-filters";
import { buttonStyles, PageHeader } from "../_components/page-header";
import { Pagination } from "../_components/pagination";
import { ProviderFilters } from "./provider-filters";
import { ProvidersTable } from "./providers-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminProviders.list"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminProvidersPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdminPage("/admin/providers");
  const { filter, ignored } = readListFilter(providerListFilterSchema, await searchParams);
  const list = await listProvidersPage(filter);

  // The page only loads; its words are drawn by the components below, in the render (the access tests call this
  // function directly, outside a React server render, where next-intl's server functions are not available).
  return (
    <main data-testid="admin-providers">
      <ProvidersHeader />
      <IgnoredFilterNote note={ignored} />
      <ProviderFilters filter={filter} />
      <ProvidersTable providers={list.providers} />
      <ProvidersPagination list={list} filter={filter} />
    </main>
  );
}

function ProvidersHeader() {
  const t = useTranslations("adminProviders.list");
  return (
    <PageHeader
      title={t("title")}
      description={t("description")}
      actions={
        <>
          <Link
            href="/admin/providers/import"
            className={buttonStyles.secondary}
            data-testid="import-providers-link"
          >
            {t("importCsv")}
          </Link>
          <Link href="/admin/providers/new" className={buttonStyles.primary} data-testid="add-provider-link">
            {t("add")}
          </Link>
        </>
      }
    />
  );
}

function ProvidersPagination({ list, filter }: { list: ListPage; filter: ProviderListFilter }) {
  const t = useTranslations("adminProviders.list");
  return (
    <Pagination
      list={list}
      base="/admin/providers"
      filter={filter}
      counted={t("counted", { count: list.total })}
    />
  );
}
