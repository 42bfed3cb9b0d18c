// How a provider's score was made: fit, earliness, rating and distance, each with its weight in the total.
import { useTranslations } from "next-intl";
import type { ProviderResult } from "@/lib/booking/booking-view";

type Breakdown = NonNullable<ProviderResult["score_breakdown"]>;
// Each part is labelled ranked.{part}.
const parts = ["fit", "earliness", "rating", "distance"] as const satisfies Array<keyof Breakdown["weights"]>;

export function ScoreBreakdown({ breakdown }: { breakdown: Breakdown }) {
  const t = useTranslations("ranked");
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1.5 sm:grid-cols-4" data-testid="score-breakdown">
      {parts.map((part) => {
        const value = breakdown[part];
        const weight = breakdown.weights[part];
        return (
          <div key={part} className="min-w-0">
            <dt className="flex justify-between text-[11px] text-slate-500">
              <span>{t(part)}</span>
              <span className="tabular-nums" title={t("weight", { weight })}>
                {Math.round(value * 100)}% × {weight}
              </span>
            </dt>
            <dd className="mt-0.5 h-1.5 overflow-hidden rounded-full bg-slate-100">
              <span
                className="block h-full rounded-full bg-indigo-400"
                style={{ width: `${Math.round(value * 100)}%` }}
              />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
