// The ranking the person saw: each called provider's best offer, its score and the breakdown of that score, in the
// person's page's words (ranked.*) where they name the same thing.
import { getLocale, getTranslations } from "next-intl/server";
import type { BookingView } from "@/lib/booking/booking-view";
import { formatSlot } from "@/app/_components/format-time";
import { ScoreBreakdown } from "@/app/booking/[id]/score-breakdown";
import { CallStatusPill } from "../../_components/status-badges";

export async function RankingTable({ view }: { view: BookingView }) {
  if (view.results.length === 0) return null;
  const [t, ranked, locale] = await Promise.all([
    getTranslations("adminBookings.ranking"),
    getTranslations("ranked"),
    getLocale(),
  ]);
  const weights = view.results.find((r) => r.score_breakdown)?.score_breakdown?.weights;
  return (
    <section
      className="overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm"
      aria-labelledby="ranking-heading"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <h2 id="ranking-heading" className="font-semibold text-slate-900">
          {t("heading")}
        </h2>
        {weights && <p className="text-xs text-slate-500">{ranked("formula", weights)}</p>}
      </div>
      <ol className="divide-y divide-slate-100" data-testid="admin-ranking">
        {view.results.map((result, index) => (
          <li
            key={result.provider_id}
            className={`grid gap-3 px-4 py-3 sm:grid-cols-[2rem_minmax(0,16rem)_minmax(0,1fr)_4rem] sm:items-center ${result.booked ? "bg-emerald-50/60" : ""}`}
          >
            <span className="text-sm font-semibold text-slate-400 tabular-nums">{index + 1}</span>
            <div className="min-w-0">
              <p className="truncate font-medium text-slate-900">{result.provider_name}</p>
              <p className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
                <CallStatusPill status={result.call_status} />
                {result.distance_km !== null && <span>{result.distance_km} km</span>}
                {result.rating !== null && <span>★ {result.rating.toFixed(1)}</span>}
              </p>
            </div>
            <div className="min-w-0 space-y-1.5">
              <p className="text-sm text-slate-700">
                {result.best_slot ? (
                  <>
                    {formatSlot(result.best_slot, result.time_zone, locale)}
                    {!result.best_slot.fits && <span className="text-rose-600">{ranked("doesNotFit")}</span>}
                    {result.booked && (
                      <span className="ml-2 rounded bg-emerald-600 px-1.5 py-px text-[10px] font-semibold text-white uppercase">
                        {ranked("booked")}
                      </span>
                    )}
                  </>
                ) : (
                  <span className="text-slate-400">
                    {t("noOffer")}
                    {result.failure_reason ? ` — ${result.failure_reason}` : ""}
                  </span>
                )}
              </p>
              {result.score_breakdown && <ScoreBreakdown breakdown={result.score_breakdown} />}
            </div>
            <span className="text-right text-xl font-semibold text-slate-900 tabular-nums">
              {Math.round(result.score)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
