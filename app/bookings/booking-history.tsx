// The person's bookings, each with its state and, once booked, the provider and time; or the way to a first one.
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { BookingSummary } from "@/lib/booking/booking-history";
import { BookingHistoryItem } from "./booking-history-item";

export function BookingHistory({ bookings }: { bookings: BookingSummary[] }) {
  const t = useTranslations("bookings");
  if (bookings.length === 0) {
    return (
      <div
        className="rounded-2xl border border-dashed border-slate-300 bg-white p-10 text-center"
        data-testid="no-bookings"
      >
        <p className="font-medium text-slate-800">{t("emptyTitle")}</p>
        <p className="mt-1 text-sm text-slate-500">{t("emptyBody")}</p>
        <Link
          href="/chat"
          className="mt-4 inline-flex rounded-xl bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-500"
        >
          {t("start")}
        </Link>
      </div>
    );
  }
  return (
    <ul className="space-y-3" data-testid="booking-history">
      {bookings.map((booking) => (
        <BookingHistoryItem key={booking.booking_id} booking={booking} />
      ))}
    </ul>
  );
}
