// The bookings table's filters as a plain GET form: the URL holds the filter, so a filtered view can be shared.
// Only the options' labels are in the page's language; their values stay the API's.
import { getTranslations } from "next-intl/server";
import { bookingStatuses } from "@/db/schema";
import type { AdminBookingFilter } from "@/lib/admin/bookings/booking-filter";
import { serviceTypeOptions } from "@/app/_components/service-labels";
import { FilterField, FilterForm, FilterSelectField, FilterTextField } from "../_components/list-filters";
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
      <FilterSelectField
        label={t("status")}
        name="status"
        value={filter.status}
        anyLabel={t("any")}
        options={bookingStatuses.map((status) => [status, statuses(status)])}
      />
      <FilterSelectField
        label={t("service")}
        name="service_type"
        value={filter.service_type}
        anyLabel={t("any")}
        options={serviceTypeOptions.map(([value]) => [value, services(value)])}
      />
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
      <FilterSelectField
        label={t("dialer")}
        name="dialer"
        value={filter.dialer}
        anyLabel={t("any")}
        options={dialerChoices.map((dialer) => [dialer, dialer])}
      />
      <FilterSelectField
        label={t("resolution")}
        name="resolution"
        value={filter.resolution}
        anyLabel={t("any")}
        options={[
          ["unresolved", t("unresolved")],
          ["resolved", t("resolved")],
        ]}
      />
    </FilterForm>
  );
}
