// /admin/people – signed-up people, searchable by email or name, with what each used today; each opens their page
// (verification, consent, allowance, and their own limits).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminTimeZone } from "@/lib/admin/admin-time";
import { readListFilter } from "@/lib/admin/list-filter";
import { requireAdminPage } from "@/lib/admin/page-access";
import { loadPeoplePage, peopleFilterSchema } from "@/lib/admin/people";
import { getRuntime } from "@/lib/runtime";
import { PeopleList } from "./people-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPeople.list"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminPeoplePage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdminPage("/admin/people");
  const { filter, ignored } = readListFilter(peopleFilterSchema, await searchParams);
  const list = await loadPeoplePage(filter, getRuntime().clock);

  // The page only loads; its words are drawn by PeopleList, in the render (the access tests call this function
  // directly, outside a React server render, where next-intl's server functions are not available).
  return (
    <main data-testid="admin-people">
      <PeopleList list={list} filter={filter} ignored={ignored} zone={adminTimeZone()} />
    </main>
  );
}
