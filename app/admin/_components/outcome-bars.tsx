// Calls by how they ended as horizontal bars, longest first, each with its count and share.
import { useFormatter, useTranslations } from "next-intl";
import type { CallStatus } from "@/db/schema";
import { callStatusStyles } from "./status-badges";

export function OutcomeBars({ outcomes }: { outcomes: Array<{ status: CallStatus; count: number }> }) {
  const t = useTranslations("adminShell");
  const format = useFormatter();
  const total = outcomes.reduce((sum, o) => sum + o.count, 0);
  if (total === 0) return <p className="py-8 text-center text-sm text-slate-400">{t("outcomes.none")}</p>;
  const largest = Math.max(...outcomes.map((o) => o.count));
  return (
    <ul className="space-y-2.5" data-testid="calls-by-outcome">
      {outcomes.map((outcome) => {
        const style = callStatusStyles[outcome.status];
        return (
          <li
            key={outcome.status}
            className="grid grid-cols-[6.5rem_minmax(0,1fr)_4.5rem] items-center gap-3 text-sm"
          >
            <span className="truncate text-slate-600">{t(`callStatus.${outcome.status}`)}</span>
            <span className="h-3 overflow-hidden rounded-full bg-slate-100">
              <span
                className="block h-full rounded-full"
                style={{ width: `${(outcome.count / largest) * 100}%`, backgroundColor: style.bar }}
              />
            </span>
            <span className="text-right text-slate-700 tabular-nums">
              {format.number(outcome.count)}
              <span className="ml-1 text-xs text-slate-400">
                {format.number(outcome.count / total, { style: "percent" })}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
