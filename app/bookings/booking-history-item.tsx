// One booking in the history: what was asked for, its state, the booked provider and time, linking to its page.
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { BookingSummary } from "@/lib/booking/booking-history";
import { formatDateTime, formatSlot } from "@/app/_components/format-time";
import { BookingStatusPill } from "@/app/_components/booking-status-pill";

export function BookingHistoryItem({ booking }: { booking: BookingSummary }) {
  const t = useTranslations("bookings");
  const services = useTranslations("services");
  const locale = useLocale();
  const request = booking.request;
  const service = request.service_type ? services(request.service_type) : t("appointment");
  return (
    <li>
      <Link
        href={`/booking/${booking.booking_id}`}
        data-testid="booking-history-item"
        data-booking-id={booking.booking_id}
        className="flex flex-col gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-indigo-200 hover:shadow-md sm:flex-row sm:items-center sm:justify-between"
      >
        <div className="min-w-0">
          <p className="font-semibold text-slate-900">
            {service}
            {request.location && (
              <span className="font-normal text-slate-500">
                {t("inLocation", { location: request.location })}
              </span>
            )}
          </p>
          <p className="mt-0.5 text-sm text-slate-600">
            {booking.booked_provider_name && booking.booked_slot
              ? `${booking.booked_provider_name} · ${formatSlot(booking.booked_slot, booking.time_zone, locale)}`
              : [request.timeframe, request.preferred_time].filter(Boolean).join(" · ")}
          </p>
          <p className="mt-0.5 text-xs text-slate-400">
            {t("requested", { date: formatDateTime(booking.created_at, booking.time_zone, locale) })}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-3">
          <BookingStatusPill status={booking.status} />
          <span className="text-slate-300" aria-hidden="true">
            →
          </span>
        </div>
      </Link>
    </li>
  );
}
