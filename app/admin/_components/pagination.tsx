// Previous / next links and "page 2 of 7 · 163 results" under an admin list; the links keep the list's filter.
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ListPage } from "@/lib/admin/list-page";
import { listHref } from "@/lib/admin/list-filter";

/** `counted` says how many of what is listed ("163 providers", "1 entry"), in the page's language. */
export function Pagination(props: { list: ListPage; base: string; filter: object; counted: string }) {
  const t = useTranslations("adminShell.pagination");
  const { page, pageCount } = props.list;
  const hrefFor = (n: number) => listHref(props.base, props.filter, { page: n });
  const link =
    "rounded-lg border border-slate-200 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50";
  const off = "rounded-lg border border-slate-100 px-3 py-1.5 font-medium text-slate-300";
  return (
    <div
      className="flex items-center justify-between gap-3 px-1 py-3 text-sm text-slate-500"
      data-testid="pagination"
    >
      <span>{t("summary", { page, pageCount, counted: props.counted })}</span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefFor(page - 1)} className={link}>
            {t("previous")}
          </Link>
        ) : (
          <span className={off}>{t("previous")}</span>
        )}
        {page < pageCount ? (
          <Link href={hrefFor(page + 1)} className={link}>
            {t("next")}
          </Link>
        ) : (
          <span className={off}>{t("next")}</span>
        )}
      </span>
    </div>
  );
}
