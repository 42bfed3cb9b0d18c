// The bookings table's filters as a plain GET form: the URL holds the filter, so a filtered view can be shared.
// Only the options' labels are in the page's language; their values stay the API's.
import { getTranslations } from "next-intl/server";
import { bookingStatuses } from "@/db/schema";
import type { AdminBookingFilter } from "@/lib/admin/bookings/booking-filter";
import { serviceTypeOptions } from "@/app/_components/service-labels";
import { FilterField, FilterForm, FilterTextField } from "../_components/list-filters";
import { inputClass } from "../_components/page-header";

export async function BookingFilters({ filter, dialers }: { filter: AdminBookingFilter; dialers: string[] }) {
  const [t, statuses, services] = await Promise.all([
    getTranslations("adminBookings.filters"),
    getTranslations("adminShell.bookingStatus"),
    getTranslations("services"),
  ]);
  const dialerChoices = [...new Set(["simulated", "elevenlabs", "twilio", ...dialers])];
  return (
    <FilterForm
      base="/admin/bookings"
      testId="booking-filters"
      submitTestId="apply-filters"
      layout="sm:grid-cols-3 lg:grid-cols-[repeat(7,minmax(0,1fr))_auto]"
    >
      <FilterField label={t("status")}>
        <select name="status" defaultValue={filter.status ?? ""} className={`mt-1 ${inputClass}`}>
          <option value="">{t("any")}</option>
          {bookingStatuses.map((status) => (
            <option key={status} value={status}>
              {statuses(status)}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField label={t("service")}>
        <select name="service_type" defaultValue={filter.service_type ?? ""} className={`mt-1 ${inputClass}`}>
          <option value="">{t("any")}</option>
          {serviceTypeOptions.map(([value]) => (
            <option key={value} value={value}>
              {services(value)}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField label={t("from")}>
        <input type="date" name="from" defaultValue={filter.from ?? ""} className={`mt-1 ${inputClass}`} />
      </FilterField>
      <FilterField label={t("to")}>
        <input type="date" name="to" defaultValue={filter.to ?? ""} className={`mt-1 ${inputClass}`} />
      </FilterField>
      <FilterTextField
        label={t("person")}
        name="user"
        value={filter.user}
        placeholder={t("personPlaceholder")}
        testId="filter-user"
      />
      <FilterField label={t("dialer")}>
        <select name="dialer" defaultValue={filter.dialer ?? ""} className={`mt-1 ${inputClass}`}>
          <option value="">{t("any")}</option>
          {dialerChoices.map((dialer) => (
            <option key={dialer} value={dialer}>
              {dialer}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField label={t("resolution")}>
        <select name="resolution" defaultValue={filter.resolution ?? ""} className={`mt-1 ${inputClass}`}>
          <option value="">{t("any")}</option>
          <option value="unresolved">{t("unresolved")}</option>
          <option value="resolved">{t("resolved")}</option>
        </select>
      </FilterField>
    </FilterForm>
  );
}
