// The ranked list of offers once any have come in; in review mode (or while waiting for a choice) the person books
// one here, which places a confirmation call.
"use client";

import { useTranslations } from "next-intl";
import { useActionState, useOptimistic } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import type { BookingView } from "@/lib/booking/booking-view";
import type { ConfirmResult } from "@/lib/booking/confirm-choice";
import { confirmOffer } from "./actions";
import { ResultRow } from "./result-row";

type ChooseState = ActionState<ConfirmResult>;

export function RankedResults({ view }: { view: BookingView }) {
  // The chosen offer shows as "Booking…" at once; the live view takes over once the confirmation call is queued.
  const [choosingId, showChoosing] = useOptimistic<string | null, string>(null, (_current, id) => id);
  const [state, chooseAction] = useActionState(async (previous: ChooseState, form: FormData) => {
    showChoosing(String(form.get("provider_id")));
    return confirmOffer(previous, form);
  }, idleState);
  const t = useTranslations("ranked");
  const ranked = view.results.filter((result) => result.offered_slots.length > 0 || result.booked);
  if (ranked.length === 0) return null;

  const choosingAllowed = view.status === "awaiting_choice" || view.mode === "review";
  const weights = ranked.find((result) => result.score_breakdown)?.score_breakdown?.weights;
  const error = state.status === "error" ? state.error : null;

  return (
    <section
      aria-labelledby="ranked-heading"
      className="overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <h2 id="ranked-heading" className="font-semibold text-slate-900">
          {t("heading")}
        </h2>
        {weights && (
          <p className="text-xs text-slate-500">
            {t("formula", {
              fit: weights.fit,
              earliness: weights.earliness,
              rating: weights.rating,
              distance: weights.distance,
            })}
          </p>
        )}
      </div>
      {error && (
        <p
          role="alert"
          data-testid="choose-error"
          className="mx-4 mt-3 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-700"
        >
          {error}
        </p>
      )}
      <ol className="divide-y divide-slate-100" data-testid="ranked-results">
        {ranked.map((result, index) => (
          <ResultRow
            key={result.provider_id}
            bookingId={view.booking_id}
            rank={index + 1}
            result={result}
            choosable={choosingAllowed && result.can_choose}
            busy={choosingId !== null}
            choosing={choosingId === result.provider_id}
            chooseAction={chooseAction}
          />
        ))}
      </ol>
      {view.results.length > ranked.length && (
        <p className="border-t border-slate-100 px-4 py-2.5 text-xs text-slate-500">
          {t("unranked", { count: view.results.length - ranked.length })}
        </p>
      )}
    </section>
  );
}
