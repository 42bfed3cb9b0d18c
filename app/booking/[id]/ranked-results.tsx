// The ranked list of offers once any have come in; in review mode (or while waiting for a choice) the person books
// one here, which places a confirmation call.
"use client";

import { useState } from "react";
import type { BookingView, ProviderResult } from "@/lib/booking/booking-view";
import { apiRequest, messageOf } from "@/app/_components/api-request";
import { ResultRow } from "./result-row";

export function RankedResults({ view }: { view: BookingView }) {
  const [choosingId, setChoosingId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ranked = view.results.filter((result) => result.offered_slots.length > 0 || result.booked);
  if (ranked.length === 0) return null;

  const choosingAllowed = view.status === "awaiting_choice" || view.mode === "review";
  const weights = ranked.find((result) => result.score_breakdown)?.score_breakdown?.weights;

  async function choose(result: ProviderResult) {
    setError(null);
    setChoosingId(result.provider_id);
    try {
      await apiRequest(`/api/booking/${view.booking_id}/confirm`, {
        body: {
          provider_id: result.provider_id,
          ...(result.best_slot ? { slot_start: result.best_slot.start } : {}),
        },
      });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      // The live view takes over from here: the booking moves to "confirming" and the buttons go away.
      setChoosingId(null);
    }
  }

  return (
    <section
      aria-labelledby="ranked-heading"
      className="overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <h2 id="ranked-heading" className="font-semibold text-slate-900">
          Ranked offers
        </h2>
        {weights && (
          <p className="text-xs text-slate-500">
            Score = fit × {weights.fit} + earliness × {weights.earliness} + rating × {weights.rating} +
            distance × {weights.distance}
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
            rank={index + 1}
            result={result}
            choosable={choosingAllowed && result.can_choose}
            busy={choosingId !== null}
            choosing={choosingId === result.provider_id}
            onChoose={choose}
          />
        ))}
      </ol>
      {view.results.length > ranked.length && (
        <p className="border-t border-slate-100 px-4 py-2.5 text-xs text-slate-500">
          Calls without an offer ({view.results.length - ranked.length}) are not ranked; see them below.
        </p>
      )}
    </section>
  );
}
