// The counts per status above the bookings table; each is a link that filters the table to that status. The states
// are named as the admin area's badges name them (adminShell.bookingStatus).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { bookingStatuses, type BookingStatus } from "@/db/schema";
import type { AdminBookingFilter } from "@/lib/admin/bookings/booking-filter";
import { listHref } from "@/lib/admin/list-filter";
import { bookingStatusStyles } from "../_components/status-badges";

export async function StatusCounts(props: {
  counts: Record<BookingStatus | "all", number>;
  filter: AdminBookingFilter;
}) {
  const [t, statuses] = await Promise.all([
    getTranslations("adminBookings.counts"),
    getTranslations("adminShell.bookingStatus"),
  ]);
  const items: Array<{ key: BookingStatus | undefined; label: string; count: number; dot: string }> = [
    { key: undefined, label: t("all"), count: props.counts.all, dot: "bg-slate-900" },
    ...bookingStatuses.map((status) => ({
      key: status,
      label: statuses(status),
      count: props.counts[status],
      dot: bookingStatusStyles[status].dot,
    })),
  ];
  return (
    <div className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7" data-testid="status-counts">
      {items.map((item) => {
        const active = props.filter.status === item.key;
        return (
          <Link
            key={item.key ?? "all"}
            href={listHref("/admin/bookings", props.filter, { status: item.key, page: 1 })}
            data-testid="status-count"
            data-status={item.key ?? "all"}
            data-count={item.count}
            aria-current={active ? "true" : undefined}
            className={`rounded-xl border px-3 py-2.5 transition ${
              active
                ? "border-indigo-300 bg-indigo-50/70 ring-2 ring-indigo-100"
                : "border-slate-200 bg-white hover:border-slate-300"
            }`}
          >
            <span className="flex items-center gap-1.5 text-xs font-medium text-slate-500">
              <span className={`h-2 w-2 rounded-full ${item.dot}`} aria-hidden="true" />
              {item.label}
            </span>
            <span className="mt-0.5 block text-xl font-semibold text-slate-900 tabular-nums">
              {item.count}
            </span>
          </Link>
        );
      })}
    </div>
  );
}
