// The people list's content, drawn in the page's language: the header, the search, one row per person (name, email
// and its verification, today's requests and calls, when they joined) and the pages.
import type { WrittenSentence } from "@/lib/sentences/sentence";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { loadPeoplePage, PeopleFilter } from "@/lib/admin/people";
import { formatDateTime } from "@/app/_components/format-time";
import { AdminTable, cellClass } from "../_components/admin-table";
import { FilterForm, FilterTextField, IgnoredFilterNote } from "../_components/list-filters";
import { PageHeader } from "../_components/page-header";
import { Pagination } from "../_components/pagination";

export function PeopleList(props: {
  list: Awaited<ReturnType<typeof loadPeoplePage>>;
  filter: PeopleFilter;
  ignored: WrittenSentence | null;
  zone: string;
}) {
  const { list, filter } = props;
  const t = useTranslations("adminPeople.list");
  const locale = useLocale();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <IgnoredFilterNote note={props.ignored} />
      <FilterForm base="/admin/people" layout="sm:grid-cols-[minmax(0,1fr)_auto]" submitLabel={t("search")}>
        <FilterTextField
          label={t("search")}
          name="search"
          value={filter.search}
          placeholder={t("searchPlaceholder")}
          testId="people-search"
        />
      </FilterForm>
      <AdminTable
        columns={[t("columnPerson"), t("columnEmail"), t("columnToday"), t("columnJoined")]}
        rows={list.people}
        empty={t("empty")}
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
                  {t("adminBadge")}
                </span>
              )}
            </td>
            <td className={`${cellClass} text-slate-700`}>
              {person.email}{" "}
              {!person.email_verified && <span className="text-xs text-amber-700">{t("notVerified")}</span>}
            </td>
            <td className={`${cellClass} text-slate-700`}>
              {t("today", { bookings: person.today.bookings, calls: person.today.calls })}
              {person.today.customLimits && (
                <span className="ml-2 text-xs text-indigo-700">{t("ownLimits")}</span>
              )}
            </td>
            <td className={`${cellClass} text-slate-500`}>
              {formatDateTime(person.created_at, props.zone, locale)}
            </td>
          </tr>
        )}
      />
      <Pagination
        list={list}
        base="/admin/people"
        filter={filter}
        counted={t("counted", { count: list.total })}
      />
    </>
  );
}
