// The bookings table's filters as a plain GET form: the URL holds the filter, so a filtered view can be shared.
import { bookingStatuses } from "@/db/schema";
import type { AdminBookingFilter } from "@/lib/admin/bookings/booking-filter";
import { serviceTypeOptions } from "@/app/_components/service-labels";
import { bookingStatusStyles } from "../_components/status-badges";
import { FilterField, FilterForm } from "../_components/list-filters";
import { inputClass } from "../_components/page-header";

export function BookingFilters({ filter, dialers }: { filter: AdminBookingFilter; dialers: string[] }) {
  const dialerChoices = [...new Set(["simulated", "elevenlabs", "twilio", ...dialers])];
  return (
    <FilterForm
      base="/admin/bookings"
      testId="booking-filters"
      submitTestId="apply-filters"
      layout="sm:grid-cols-3 lg:grid-cols-[repeat(7,minmax(0,1fr))_auto]"
    >
      <FilterField label="Status">
        <select name="status" defaultValue={filter.status ?? ""} className={`mt-1 ${inputClass}`}>
          <option value="">Any</option>
          {bookingStatuses.map((status) => (
            <option key={status} value={status}>
              {bookingStatusStyles[status].label}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField label="Service">
        <select name="service_type" defaultValue={filter.service_type ?? ""} className={`mt-1 ${inputClass}`}>
          <option value="">Any</option>
          {serviceTypeOptions.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField label="From">
        <input type="date" name="from" defaultValue={filter.from ?? ""} className={`mt-1 ${inputClass}`} />
      </FilterField>
      <FilterField label="To">
        <input type="date" name="to" defaultValue={filter.to ?? ""} className={`mt-1 ${inputClass}`} />
      </FilterField>
      <FilterField label="Person">
        <input
          name="user"
          defaultValue={filter.user ?? ""}
          placeholder="email or user id"
          data-testid="filter-user"
          className={`mt-1 ${inputClass}`}
        />
      </FilterField>
      <FilterField label="Dialer">
        <select name="dialer" defaultValue={filter.dialer ?? ""} className={`mt-1 ${inputClass}`}>
          <option value="">Any</option>
          {dialerChoices.map((dialer) => (
            <option key={dialer} value={dialer}>
              {dialer}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField label="Resolution">
        <select name="resolution" defaultValue={filter.resolution ?? ""} className={`mt-1 ${inputClass}`}>
          <option value="">Any</option>
          <option value="unresolved">Not resolved</option>
          <option value="resolved">Resolved</option>
        </select>
      </FilterField>
    </FilterForm>
  );
}
