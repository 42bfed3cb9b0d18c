// Previous / next links and "page 2 of 7 · 163 results" under an admin list; the links keep the list's filter.
import Link from "next/link";
import type { ListPage } from "@/lib/admin/list-page";
import { listHref } from "@/lib/admin/list-filter";

export function Pagination(props: { list: ListPage; base: string; filter: object; noun: string }) {
  const { page, pageCount, total } = props.list;
  const hrefFor = (n: number) => listHref(props.base, props.filter, { page: n });
  const link =
    "rounded-lg border border-slate-200 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50";
  const off = "rounded-lg border border-slate-100 px-3 py-1.5 font-medium text-slate-300";
  return (
    <div
      className="flex items-center justify-between gap-3 px-1 py-3 text-sm text-slate-500"
      data-testid="pagination"
    >
      <span>
        Page {page} of {pageCount} · {total} {props.noun}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefFor(page - 1)} className={link}>
            ← Previous
          </Link>
        ) : (
          <span className={off}>← Previous</span>
        )}
        {page < pageCount ? (
          <Link href={hrefFor(page + 1)} className={link}>
            Next →
          </Link>
        ) : (
          <span className={off}>Next →</span>
        )}
      </span>
    </div>
  );
}
