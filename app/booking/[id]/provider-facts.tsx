// The small print under a provider's name: rating, distance, address, attempts and whether the call was redirected.
import { useTranslations } from "next-intl";
import type { ProviderResult } from "@/lib/booking/booking-view";

export function ProviderFacts({ result }: { result: ProviderResult }) {
  const t = useTranslations("provider");
  return (
    <div className="mt-0.5 space-y-1">
      <p className="flex flex-wrap items-center gap-x-2.5 gap-y-1 text-xs text-slate-500">
        {result.rating !== null && (
          <span className="inline-flex items-center gap-0.5 font-medium text-slate-700">
            <span className="text-amber-500" aria-hidden="true">
              ★
            </span>
            {result.rating.toFixed(1)}
          </span>
        )}
        {result.distance_km !== null && (
          <span>{t("kmAway", { distance: result.distance_km.toFixed(1) })}</span>
        )}
        {result.attempt_label && <span data-testid="attempt-label">{result.attempt_label}</span>}
        {result.redirected && (
          <span
            data-testid="redirected-tag"
            className="rounded bg-violet-50 px-1.5 py-px font-medium text-violet-700 ring-1 ring-violet-200 ring-inset"
          >
            {t("redirected")}
          </span>
        )}
      </p>
      <p className="truncate text-xs text-slate-400" title={result.address}>
        {result.address}
      </p>
    </div>
  );
}
