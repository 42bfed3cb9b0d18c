// /admin/people – signed-up people, searchable by email or name, with what each used today; each opens their page
// (verification, consent, allowance, and their own limits).
import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/admin/page-access";
import { loadPeoplePage, peopleFilterSchema, type PeopleFilter } from "@/lib/admin/people";
import { queryValues } from "@/lib/admin/query-values";
import { adminTimeZone } from "@/lib/admin/admin-time";
import { getRuntime } from "@/lib/runtime";
import { formatDateTime } from "@/app/_components/format-time";
import { buttonStyles, cardClass, inputClass, PageHeader } from "../_components/page-header";
import { Pagination } from "../_components/pagination";

export const metadata: Metadata = { title: "People" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminPeoplePage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdminPage("/admin/people");
  const parsed = peopleFilterSchema.safeParse(queryValues(await searchParams));
  const filter: PeopleFilter = parsed.success ? parsed.data : { page: 1 };
  const page = await loadPeoplePage(filter, getRuntime().clock);
  const zone = adminTimeZone();
  const hrefFor = (n: number) => {
    const params = new URLSearchParams();
    if (filter.search) params.set("search", filter.search);
    if (n > 1) params.set("page", String(n));
    return `/admin/people${params.size > 0 ? `?${params}` : ""}`;
  };

  return (
    <main data-testid="admin-people">
      <PageHeader
        title="People"
        description="Signed-up accounts (guests are not listed). Today's counts are for the UTC day."
      />
      <form
        method="get"
        action="/admin/people"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <label className="block min-w-[16rem] flex-1 text-xs font-medium text-slate-500">
          Search
          <input
            name="search"
            defaultValue={filter.search ?? ""}
            placeholder="email, name or user id"
            data-testid="people-search"
            className={`mt-1 ${inputClass}`}
          />
        </label>
        <button type="submit" className={buttonStyles.primary}>
          Search
        </button>
      </form>
      <div className={`${cardClass} overflow-x-auto`}>
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-xs text-slate-500">
            <tr>
              <th className="px-4 py-2.5 font-medium">Person</th>
              <th className="px-4 py-2.5 font-medium">Email</th>
              <th className="px-4 py-2.5 font-medium">Today</th>
              <th className="px-4 py-2.5 font-medium">Joined</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.people.length === 0 && (
              <tr>
                <td colSpan={4} className="px-4 py-6 text-center text-slate-500">
                  Nobody matches.
                </td>
              </tr>
            )}
            {page.people.map((person) => (
              <tr key={person.id} data-testid="person-row" data-person-id={person.id}>
                <td className="px-4 py-2.5">
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
                <td className="px-4 py-2.5 text-slate-700">
                  {person.email}{" "}
                  {!person.email_verified && <span className="text-xs text-amber-700">(not verified)</span>}
                </td>
                <td className="px-4 py-2.5 text-slate-700">
                  {person.today.bookings} requests, {person.today.calls} calls
                  {person.today.customLimits && (
                    <span className="ml-2 text-xs text-indigo-700">own limits</span>
                  )}
                </td>
                <td className="px-4 py-2.5 text-slate-500">{formatDateTime(person.created_at, zone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={page.page}
        pageCount={page.page_count}
        total={page.total}
        noun="people"
        hrefFor={hrefFor}
      />
    </main>
  );
}
