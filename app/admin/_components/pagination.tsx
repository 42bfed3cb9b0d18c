// Previous / next links and "page 2 of 7 · 163 results" under an admin table.
import Link from "next/link";

export function Pagination(props: {
  page: number;
  pageCount: number;
  total: number;
  noun: string;
  hrefFor: (page: number) => string;
}) {
  const { page, pageCount } = props;
  const link =
    "rounded-lg border border-slate-200 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50";
  const off = "rounded-lg border border-slate-100 px-3 py-1.5 font-medium text-slate-300";
  return (
    <div
      className="flex items-center justify-between gap-3 px-1 py-3 text-sm text-slate-500"
      data-testid="pagination"
    >
      <span>
        Page {page} of {pageCount} · {props.total} {props.noun}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={props.hrefFor(page - 1)} className={link}>
            ← Previous
          </Link>
        ) : (
          <span className={off}>← Previous</span>
        )}
        {page < pageCount ? (
          <Link href={props.hrefFor(page + 1)} className={link}>
            Next →
          </Link>
        ) : (
          <span className={off}>Next →</span>
        )}
      </span>
    </div>
  );
}
