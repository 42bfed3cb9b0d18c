// The bookings table: when, who, what, its state, the calls' progress, the dialers and the booked provider.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { AdminBookingListItem } from "@/lib/admin/bookings/booking-table";
import { formatDateTime } from "@/app/_components/format-time";
import { AdminTable } from "../_components/admin-table";
import { BookingStatusBadge } from "../_components/status-badges";

export async function BookingsTable({
  bookings,
  timeZone,
}: {
  bookings: AdminBookingListItem[];
  timeZone: string;
}) {
  const [t, services, locale] = await Promise.all([
    getTranslations("adminBookings.list"),
    getTranslations("services"),
    getLocale(),
  ]);
  const columns = ["requested", "person", "request", "status", "calls", "dialer", "bookedWith"] as const;
  return (
    <AdminTable
      columns={columns.map((column) => t(column))}
      rows={bookings}
      empty={t("empty")}
      emptyTestId="no-admin-bookings"
      testId="admin-bookings-table"
      minWidth="min-w-[56rem]"
      row={(booking) => (
        <tr
          key={booking.booking_id}
          data-testid="admin-booking-row"
          data-booking-id={booking.booking_id}
          className="align-top transition hover:bg-indigo-50/40"
        >
          <td className="px-4 py-3 whitespace-nowrap text-slate-600">
            <Link
              href={`/admin/bookings/${booking.booking_id}`}
              className="font-medium text-indigo-700 hover:text-indigo-500"
              data-testid="admin-booking-link"
            >
              {formatDateTime(booking.created_at, timeZone, locale)}
            </Link>
            <span className="block font-mono text-[11px] text-slate-400">{booking.booking_id}</span>
          </td>
          <td className="max-w-[14rem] px-4 py-3">
            <Link
              href={`/admin/bookings?user=${encodeURIComponent(booking.user.id)}`}
              title={t("personTitle", { email: booking.user.email ?? t("deleted") })}
              className="block truncate text-slate-700 hover:text-indigo-600"
            >
              {booking.user.is_guest ? (
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">
                  {t("guest")}
                </span>
              ) : (
                (booking.user.email ?? t("deleted"))
              )}
            </Link>
          </td>
          <td className="px-4 py-3">
            <span className="font-medium text-slate-900">
              {booking.service_type ? services(booking.service_type) : t("appointment")}
            </span>
            {booking.location && (
              <span className="text-slate-500">{t("inLocation", { location: booking.location })}</span>
            )}
            <span className="block text-xs text-slate-500">
              {[booking.timeframe, t(booking.mode === "auto" ? "modeAuto" : "modeReview")]
                .filter(Boolean)
                .join(" · ")}
            </span>
          </td>
          <td className="px-4 py-3">
            <div className="flex flex-col items-start gap-1">
              <BookingStatusBadge status={booking.status} />
              {booking.resolved_at && (
                <span className="rounded-full bg-violet-50 px-2 py-0.5 text-[11px] font-medium text-violet-700 ring-1 ring-violet-200 ring-inset">
                  {t("resolved")}
                </span>
              )}
            </div>
          </td>
          <td className="px-4 py-3 whitespace-nowrap text-slate-600 tabular-nums">
            {t("callsEnded", { ended: booking.calls_ended, total: booking.calls_total })}
          </td>
          <td className="px-4 py-3 text-slate-600">{booking.dialers.join(", ") || "—"}</td>
          <td className="px-4 py-3 text-slate-700">
            {booking.booked_provider_name ?? <span className="text-slate-400">—</span>}
          </td>
        </tr>
      )}
    />
  );
}
