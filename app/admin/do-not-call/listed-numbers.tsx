// The numbers on the do-not-call list, drawn in the page's language: how many, and for each its reason, when and by
// whom it was added (or the call on which the business asked), the businesses that have it, and its Remove button.
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { DoNotCallEntry } from "@/db/do-not-call";
import { formatDateTime } from "@/app/_components/format-time";
import { AdminTable } from "../_components/admin-table";
import { cardClass } from "../_components/page-header";
import { RemoveNumberButton } from "./do-not-call-forms";
import { NumberRow } from "./number-row";

export function ListedNumbers({ entries, timeZone }: { entries: DoNotCallEntry[]; timeZone: string }) {
  const t = useTranslations("adminPeople.doNotCall");
  return (
    <section className={`${cardClass} overflow-hidden`} aria-labelledby="numbers">
      <h2 id="numbers" className="border-b border-slate-100 px-4 py-3 font-semibold text-slate-900">
        {t("count", { count: entries.length })}
      </h2>
      <AdminTable
        bare
        columns={[t("columnNumber"), t("columnWhy"), { label: "", className: "w-24" }]}
        rows={entries}
        empty={t("empty")}
        testId="do-not-call-list"
        row={(entry) => (
          <NumberRow
            key={entry.phone}
            phone={entry.phone}
            testId="do-not-call-entry"
            actions={<RemoveNumberButton phone={entry.phone} />}
          >
            <EntryDetails entry={entry} timeZone={timeZone} />
          </NumberRow>
        )}
      />
    </section>
  );
}

function EntryDetails({ entry, timeZone }: { entry: DoNotCallEntry; timeZone: string }) {
  const t = useTranslations("adminPeople.doNotCall");
  const locale = useLocale();
  const date = formatDateTime(entry.createdAt.toISOString(), timeZone, locale);
  return (
    <>
      {entry.reason && <p className="text-slate-600">{entry.reason}</p>}
      <p className="text-xs text-slate-400">
        {entry.addedByEmail ? t("addedBy", { date, email: entry.addedByEmail }) : t("added", { date })}
        {entry.sourceCallId && (
          <>
            {" "}
            {entry.sourceBookingId
              ? t.rich("confirmedOnCall", {
                  link: (chunks) => (
                    <Link
                      href={`/admin/bookings/${entry.sourceBookingId}#${entry.sourceCallId}`}
                      className="text-indigo-600 hover:text-indigo-500"
                      data-testid="do-not-call-source"
                    >
                      {chunks}
                    </Link>
                  ),
                })
              : t("confirmedOnUnknownCall")}
          </>
        )}
      </p>
      {entry.providers.length > 0 && (
        <p className="mt-1 text-xs text-slate-500">
          {t("usedBy")}{" "}
          {entry.providers.map((provider, index) => (
            <span key={provider.id}>
              {index > 0 && ", "}
              <Link
                href={`/admin/providers/${provider.id}`}
                className="text-indigo-600 hover:text-indigo-500"
              >
                {provider.name}
              </Link>
            </span>
          ))}
        </p>
      )}
    </>
  );
}
