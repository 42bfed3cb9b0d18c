// /admin/people – signed-up people, searchable by email or name, with what each used today; each opens their page
// (verification, consent, allowance, and their own limits).
import type { Metadata } from "next";
import Link from "next/link";
import { adminTimeZone } from "@/lib/admin/admin-time";
import { readListFilter } from "@/lib/admin/list-filter";
import { requireAdminPage } from "@/lib/admin/page-access";
import { loadPeoplePage, peopleFilterSchema } from "@/lib/admin/people";
import { getRuntime } from "@/lib/runtime";
import { formatDateTime } from "@/app/_components/format-time";
import { AdminTable, cellClass } from "../_components/admin-table";
import { FilterField, FilterForm, IgnoredFilterNote } from "../_components/list-filters";
import { inputClass, PageHeader } from "../_components/page-header";
import { Pagination } from "../_components/pagination";

export const metadata: Metadata = { title: "People" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminPeoplePage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdminPage("/admin/people");
  const { filter, ignored } = readListFilter(peopleFilterSchema, await searchParams);
  const list = await loadPeoplePage(filter, getRuntime().clock);
  const zone = adminTimeZone();

  return (
    <main data-testid="admin-people">
      <PageHeader
        title="People"
        description="Signed-up accounts (guests are not listed). Today's counts are for the UTC day."
      />
      <IgnoredFilterNote note={ignored} />
      <FilterForm base="/admin/people" layout="sm:grid-cols-[minmax(0,1fr)_auto]" submitLabel="Search">
        <FilterField label="Search">
          <input
            name="search"
            defaultValue={filter.search ?? ""}
            placeholder="email, name or user id"
            data-testid="people-search"
            className={`mt-1 ${inputClass}`}
          />
        </FilterField>
      </FilterForm>
      <AdminTable
        columns={["Person", "Email", "Today", "Joined"]}
        rows={list.people}
        empty="Nobody matches."
        testId="admin-people-table"
        row={(person) => (
          <tr key={person.id} data-testid="person-row" data-person-id={person.id}>
            <td className={cellClass}>
              <Link
                href={`/admin/people/${person.id}`}
                className="font-medium text-indigo-600 hover:text-indigo-500"
              >
                {person.name}
              </Link>
              {person.role === "admin" && (
                <span className="ml-2 rounded-full bg-violet-50 px-2 py-0.5 text-xs text-violet-700">
                  admin
                </span>
              )}
            </td>
            <td className={`${cellClass} text-slate-700`}>
              {person.email}{" "}
              {!person.email_verified && <span className="text-xs text-amber-700">(not verified)</span>}
            </td>
            <td className={`${cellClass} text-slate-700`}>
              {person.today.bookings} requests, {person.today.calls} calls
              {person.today.customLimits && <span className="ml-2 text-xs text-indigo-700">own limits</span>}
            </td>
            <td className={`${cellClass} text-slate-500`}>{formatDateTime(person.created_at, zone)}</td>
          </tr>
        )}
      />
      <Pagination list={list} base="/admin/people" filter={filter} noun="people" />
    </main>
  );
}
