// The bookings table: when, who, what, its state, the calls' progress, the dialers and the booked provider.
import Link from "next/link";
import type { AdminBookingListItem } from "@/lib/admin/bookings/booking-table";
import { formatDateTime } from "@/app/_components/format-time";
import { serviceTypeLabels } from "@/app/_components/service-labels";
import { AdminTable } from "../_components/admin-table";
import { BookingStatusBadge } from "../_components/status-badges";

export function BookingsTable({
  bookings,
  timeZone,
}: {
  bookings: AdminBookingListItem[];
  timeZone: string;
}) {
  return (
    <AdminTable
      columns={["Requested", "Person", "Request", "Status", "Calls", "Dialer", "Booked with"]}
      rows={bookings}
      empty="No booking matches these filters."
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
              {formatDateTime(booking.created_at, timeZone)}
            </Link>
            <span className="block font-mono text-[11px] text-slate-400">{booking.booking_id}</span>
          </td>
          <td className="max-w-[14rem] px-4 py-3">
            <Link
              href={`/admin/bookings?user=${encodeURIComponent(booking.user.id)}`}
              title={`${booking.user.email ?? "(deleted)"} · every booking of this person`}
              className="block truncate text-slate-700 hover:text-indigo-600"
            >
              {booking.user.is_guest ? (
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">Guest</span>
              ) : (
                (booking.user.email ?? "(deleted)")
              )}
            </Link>
          </td>
          <td className="px-4 py-3">
            <span className="font-medium text-slate-900">
              {booking.service_type ? serviceTypeLabels[booking.service_type] : "Appointment"}
            </span>
            {booking.location && <span className="text-slate-500"> in {booking.location}</span>}
            <span className="block text-xs text-slate-500">
              {[booking.timeframe, booking.mode === "auto" ? "auto" : "review"].filter(Boolean).join(" · ")}
            </span>
          </td>
          <td className="px-4 py-3">
            <div className="flex flex-col items-start gap-1">
              <BookingStatusBadge status={booking.status} />
              {booking.resolved_at && (
                <span className="rounded-full bg-violet-50 px-2 py-0.5 text-[11px] font-medium text-violet-700 ring-1 ring-violet-200 ring-inset">
                  Resolved
                </span>
              )}
            </div>
          </td>
          <td className="px-4 py-3 whitespace-nowrap text-slate-600 tabular-nums">
            {booking.calls_ended}/{booking.calls_total} ended
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
