// The opt-outs heard on calls that wait for an admin: the business's own words, the call and the person it was for.
// Until confirmed, only that person's calls skip the number; confirming lists it for everyone.
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { PendingOptOut } from "@/lib/do-not-call/opt-out-review";
import { formatDateTime } from "@/app/_components/format-time";
import { AdminTable } from "../_components/admin-table";
import { NumberRow } from "./number-row";
import { cardClass } from "../_components/page-header";
import { ReviewOptOutButtons } from "./do-not-call-forms";

export function PendingOptOuts({ optOuts, timeZone }: { optOuts: PendingOptOut[]; timeZone: string }) {
  const t = useTranslations("adminPeople.doNotCall.pending");
  const locale = useLocale();
  if (optOuts.length === 0) return null;
  return (
    <section className={`${cardClass} overflow-hidden`} aria-labelledby="pending-review">
      <h2 id="pending-review" className="border-b border-slate-100 px-4 py-3 font-semibold text-slate-900">
        {t("heading", { count: optOuts.length })}
      </h2>
      <p className="px-4 pt-3 text-xs text-slate-500">{t("explanation")}</p>
      <AdminTable
        bare
        columns={[t("columnNumber"), t("columnSaid"), { label: "", className: "w-40" }]}
        rows={optOuts}
        empty={t("empty")}
        testId="opt-outs-pending"
        row={(optOut) => (
          <NumberRow
            key={optOut.callId}
            phone={optOut.phone}
            testId="opt-out-pending"
            actions={<ReviewOptOutButtons phone={optOut.phone} />}
          >
            <blockquote className="border-l-2 border-slate-200 pl-2 text-slate-700">
              {t("quote", { text: optOut.evidence })}
            </blockquote>
            <p className="mt-1 text-xs text-slate-400">
              {t.rich(optOut.requestedByEmail ? "heardFor" : "heard", {
                date: formatDateTime(optOut.createdAt.toISOString(), timeZone, locale),
                email: optOut.requestedByEmail ?? "",
                link: (chunks) => (
                  <Link
                    href={`/admin/bookings/${optOut.bookingId}#${optOut.callId}`}
                    className="text-indigo-600 hover:text-indigo-500"
                  >
                    {chunks}
                  </Link>
                ),
              })}
              {optOut.providers.length > 0 && ` · ${optOut.providers.map((p) => p.name).join(", ")}`}
            </p>
          </NumberRow>
        )}
      />
    </section>
  );
}
