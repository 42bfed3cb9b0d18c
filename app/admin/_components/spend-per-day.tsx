// The overview's spend table: per day, newest first, the calls actually placed, their minutes and what they are
// estimated to have cost, under the cost settings the estimate uses.
import { useFormatter, useTranslations } from "next-intl";
import type { Overview } from "@/lib/admin/overview";
import { cardClass } from "./page-header";

export function SpendPerDay({ overview }: { overview: Overview }) {
  const t = useTranslations("adminShell.spend");
  const format = useFormatter();
  const usd = (amount: number) => format.number(amount, { style: "currency", currency: "USD" });
  const minutes = (value: number) =>
    format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <section className={`${cardClass} mt-5 p-5`} aria-labelledby="spend" data-testid="spend-per-day">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="spend" className="font-semibold text-slate-900">
          {t("title")}
        </h2>
        <p className="text-xs text-slate-500">
          {t("costNote", {
            perCall: usd(overview.cost.per_call_usd),
            perMinute: usd(overview.cost.per_minute_usd),
          })}
        </p>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-slate-500">
            <tr>
              <th className="py-1.5 pr-4 font-medium">{t("day")}</th>
              <th className="py-1.5 pr-4 text-right font-medium">{t("callsPlaced")}</th>
              <th className="py-1.5 pr-4 text-right font-medium">{t("minutes")}</th>
              <th className="py-1.5 text-right font-medium">{t("estimatedSpend")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {[...overview.days].reverse().map((day) => (
              <tr key={day.date} data-testid="spend-day" data-date={day.date}>
                <td className="py-1.5 pr-4 text-slate-700">{day.date}</td>
                <td className="py-1.5 pr-4 text-right tabular-nums">{format.number(day.dialed)}</td>
                <td className="py-1.5 pr-4 text-right tabular-nums">{minutes(day.talk_minutes)}</td>
                <td className="py-1.5 text-right tabular-nums">{usd(day.spend_usd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
