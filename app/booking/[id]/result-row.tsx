// One ranked result: the provider's best slot, its score and breakdown, and "Book this" when the person may choose.
"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ProviderResult } from "@/lib/booking/booking-view";
import { formatSlot } from "@/app/_components/format-time";
import { ScoreBreakdown } from "./score-breakdown";

export function ResultRow(props: {
  bookingId: string;
  rank: number;
  result: ProviderResult;
  choosable: boolean;
  /** A choice is being sent (this one or another): no second click. */
  busy: boolean;
  choosing: boolean;
  /** Books this provider's best slot (the form carries booking, provider and slot). */
  chooseAction: (form: FormData) => void;
}) {
  const { result } = props;
  const t = useTranslations("ranked");
  const locale = useLocale();
  const slot = result.booked_slot ?? result.best_slot;
  return (
    <li
      data-testid="result-row"
      data-provider-name={result.provider_name}
      data-booked={result.booked}
      className={`grid gap-3 p-4 sm:grid-cols-[2.5rem_minmax(0,1fr)_auto] sm:items-center ${result.booked ? "bg-emerald-50/60" : ""}`}
    >
      <span
        className={`flex h-9 w-9 items-center justify-center rounded-full text-sm font-semibold ${
          result.booked ? "bg-emerald-600 text-white" : "bg-slate-100 text-slate-600"
        }`}
      >
        {props.rank}
      </span>
      <div className="min-w-0 space-y-2">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-semibold text-slate-900">{result.provider_name}</span>
          {result.booked && (
            <span
              data-testid="result-booked"
              className="rounded-full bg-emerald-600 px-2 py-0.5 text-[11px] font-semibold text-white uppercase"
            >
              {t("booked")}
            </span>
          )}
          {slot && (
            <span
              className={`text-sm ${result.best_slot?.fits || result.booked ? "text-slate-700" : "text-slate-400"}`}
            >
              {formatSlot(slot, result.time_zone, locale)}
              {!result.booked && result.best_slot && !result.best_slot.fits && t("doesNotFit")}
            </span>
          )}
        </div>
        {result.score_breakdown && <ScoreBreakdown breakdown={result.score_breakdown} />}
      </div>
      <div className="flex items-center gap-3 sm:flex-col sm:items-end sm:gap-1.5">
        <span className="text-right">
          <span data-testid="result-score" className="text-2xl font-semibold text-slate-900 tabular-nums">
            {Math.round(result.score)}
          </span>
          <span className="text-xs text-slate-400"> / 100</span>
        </span>
        {props.choosable && (
          <form action={props.chooseAction}>
            <input type="hidden" name="booking_id" value={props.bookingId} />
            <input type="hidden" name="provider_id" value={result.provider_id} />
            {result.best_slot && <input type="hidden" name="slot_start" value={result.best_slot.start} />}
            <button
              type="submit"
              data-testid="book-this"
              disabled={props.busy}
              className="rounded-lg bg-indigo-600 px-3.5 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60"
            >
              {props.choosing ? t("booking") : t("bookThis")}
            </button>
          </form>
        )}
      </div>
    </li>
  );
}
