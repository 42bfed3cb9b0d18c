// The bookings table's filters as a plain GET form: the URL holds the filter, so a filtered view can be shared.
import Link from "next/link";
import { bookingStatuses } from "@/db/schema";
import type { AdminBookingFilter } from "@/lib/admin/bookings/booking-filter";
import { serviceTypeOptions } from "@/app/_components/service-labels";
import { bookingStatusStyles } from "../_components/status-badges";
import { buttonStyles, inputClass } from "../_components/page-header";

const label = "block text-xs font-medium text-slate-500";

export function BookingFilters({ filter, dialers }: { filter: AdminBookingFilter; dialers: string[] }) {
  const dialerChoices = [...new Set(["simulated", "elevenlabs", "twilio", ...dialers])];
  return (
    <form
      method="get"
      action="/admin/bookings"
      data-testid="booking-filters"
      className="mb-4 grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3 lg:grid-cols-[repeat(7,minmax(0,1fr))_auto]"
    >
      <label className={label}>
        Status
        <select name="status" defaultValue={filter.status ?? ""} className={`mt-1 ${inputClass}`}>
          <option value="">Any</option>
          {bookingStatuses.map((status) => (
            <option key={status} value={status}>
              {bookingStatusStyles[status].label}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        Service
        <select name="service_type" defaultValue={filter.service_type ?? ""} className={`mt-1 ${inputClass}`}>
          <option value="">Any</option>
          {serviceTypeOptions.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        From
        <input type="date" name="from" defaultValue={filter.from ?? ""} className={`mt-1 ${inputClass}`} />
      </label>
      <label className={label}>
        To
        <input type="date" name="to" defaultValue={filter.to ?? ""} className={`mt-1 ${inputClass}`} />
      </label>
      <label className={label}>
        Person
        <input
          name="user"
          defaultValue={filter.user ?? ""}
          placeholder="email or user id"
          data-testid="filter-user"
          className={`mt-1 ${inputClass}`}
        />
      </label>
      <label className={label}>
        Dialer
        <select name="dialer" defaultValue={filter.dialer ?? ""} className={`mt-1 ${inputClass}`}>
          <option value="">Any</option>
          {dialerChoices.map((dialer) => (
            <option key={dialer} value={dialer}>
              {dialer}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        Resolution
        <select name="resolution" defaultValue={filter.resolution ?? ""} className={`mt-1 ${inputClass}`}>
          <option value="">Any</option>
          <option value="unresolved">Not resolved</option>
          <option value="resolved">Resolved</option>
        </select>
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonStyles.primary} data-testid="apply-filters">
          Filter
        </button>
        <Link href="/admin/bookings" className={buttonStyles.secondary}>
          Reset
        </Link>
      </div>
    </form>
  );
}
