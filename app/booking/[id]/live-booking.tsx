// The live booking page: overview, booked banner, ranked offers, one card per provider's call, and who was skipped.
"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import type { BookingSnapshot } from "@/lib/booking/booking-snapshot";
import type { ProviderResult } from "@/lib/booking/booking-view";
import { activityForCalls } from "./call-activity";
import { AppointmentChanges } from "./appointment-changes";
import { BookedBanner } from "./booked-banner";
import { BookingOverview } from "./booking-overview";
import { LiveQuestions } from "./live-questions";
import { ProviderCard } from "./provider-card";
import { RankedResults } from "./ranked-results";
import { SkippedProviders } from "./skipped-providers";
import { useBookingEvents } from "./use-booking-events";
import { useTranscriptTranslation } from "./use-transcript-translation";

/** Cards keep their place while calls progress: nearest first, then by name. */
function byDistance(a: ProviderResult, b: ProviderResult): number {
  return (
    (a.distance_km ?? Infinity) - (b.distance_km ?? Infinity) ||
    a.provider_name.localeCompare(b.provider_name)
  );
}

export function LiveBooking({ snapshot }: { snapshot: BookingSnapshot }) {
  const { view, activity, callIdsByProvider, connection, error, addEvents } = useBookingEvents(snapshot);
  const t = useTranslations("booking");
  const tProvider = useTranslations("provider");
  const locale = useLocale() as Locale;
  const translationPause = useTranscriptTranslation({
    bookingId: view.booking_id,
    activity,
    language: locale,
    available: snapshot.translation_available,
    addEvents,
  });

  const cards = [...view.results].sort(byDistance);
  return (
    <main
      className="mx-auto flex w-full max-w-6xl flex-col gap-5 px-4 py-6 sm:px-6 lg:py-8"
      data-testid="live-booking"
    >
      {error && (
        <p role="alert" className="rounded-xl bg-amber-50 px-4 py-2.5 text-sm text-amber-800">
          {error}
        </p>
      )}
      <BookingOverview view={view} connection={connection} />
      <LiveQuestions view={view} />
      <BookedBanner view={view} />
      <AppointmentChanges view={view} />
      <RankedResults view={view} />
      <section aria-labelledby="calls-heading">
        <h2 id="calls-heading" className="mb-3 font-semibold text-slate-900">
          {t("calls")}
        </h2>
        {translationPause && (
          <p data-testid="translation-notice" className="mb-3 text-sm text-slate-500">
            {tProvider(translationPause === "over_budget" ? "translationsPaused" : "translationsFailed")}
          </p>
        )}
        {cards.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500">
            {t("noProviders")}
          </p>
        ) : (
          <div className="grid items-start gap-4 md:grid-cols-2">
            {cards.map((result) => (
              <ProviderCard
                key={result.provider_id}
                result={result}
                activity={activityForCalls(
                  activity,
                  callIdsByProvider[result.provider_id] ?? result.call_ids,
                  result.call_id,
                )}
              />
            ))}
          </div>
        )}
      </section>
      <SkippedProviders skipped={view.skipped} />
    </main>
  );
}
