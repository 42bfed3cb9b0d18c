// The booked appointment, prominent: provider, time in the provider's zone, address, and "Add to calendar".
import { useLocale, useTranslations } from "next-intl";
import type { BookingView } from "@/lib/booking/booking-view";
import { formatClock, formatLongDate } from "@/app/_components/format-time";

export function BookedBanner({ view }: { view: BookingView }) {
  const t = useTranslations("booking");
  const locale = useLocale();
  const booked = view.booked;
  if (!booked) return null;
  const timeZone =
    view.results.find((result) => result.provider_id === booked.provider_id)?.time_zone ?? view.time_zone;
  return (
    <section
      data-testid="booked-banner"
      aria-label={t("bookedLabel")}
      className="relative overflow-hidden rounded-2xl bg-gradient-to-br from-emerald-600 to-teal-600 p-5 text-white shadow-lg shadow-emerald-600/20 sm:p-6"
    >
      <div aria-hidden="true" className="absolute -top-16 -right-16 h-48 w-48 rounded-full bg-white/10" />
      <div className="relative flex flex-col gap-5 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-start gap-4">
          <span
            className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full bg-white/20 text-xl"
            aria-hidden="true"
          >
            ✓
          </span>
          <div>
            <p className="text-sm font-medium text-emerald-50">{t("youreBooked")}</p>
            <h2 data-testid="booked-provider" className="text-xl font-semibold sm:text-2xl">
              {booked.provider_name}
            </h2>
            <p data-testid="booked-time" className="mt-1 text-base font-medium">
              {formatLongDate(booked.slot.start, timeZone, locale)} ·{" "}
              {formatClock(booked.slot.start, timeZone, false, locale)} –{" "}
              {formatClock(booked.slot.end, timeZone, true, locale)}
            </p>
            <p className="mt-0.5 text-sm text-emerald-50/90">{booked.address}</p>
          </div>
        </div>
        <a
          href={`/api/booking/${view.booking_id}/ics`}
          download
          data-testid="add-to-calendar"
          className="inline-flex shrink-0 items-center justify-center gap-2 rounded-xl bg-white px-4 py-2.5 text-sm font-semibold text-emerald-700 shadow-sm hover:bg-emerald-50"
        >
          <CalendarIcon /> {t("addToCalendar")}
        </a>
      </div>
    </section>
  );
}

function CalendarIcon() {
  return (
    <svg
      viewBox="0 0 20 20"
      className="h-4 w-4"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      aria-hidden="true"
    >
      <rect x="3" y="4.5" width="14" height="12.5" rx="2" />
      <path strokeLinecap="round" d="M3 8.5h14M7 2.75v3.5M13 2.75v3.5" />
    </svg>
  );
}
