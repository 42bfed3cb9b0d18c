// The directory's search bar: free text (name, city, address or phone), service type and state, as a plain GET form.
import { useTranslations } from "next-intl";
import { serviceTypeOptions } from "@/app/_components/service-labels";
import type { ProviderListFilter } from "@/lib/admin/providers/provider-admin";
import { FilterForm, FilterSelectField, FilterTextField } from "../_components/list-filters";

export function ProviderFilters({ filter }: { filter: ProviderListFilter }) {
  const t = useTranslations("adminProviders.list");
  const services = useTranslations("services");
  return (
    <FilterForm
      base="/admin/providers"
      submitLabel={t("searchButton")}
      submitTestId="provider-search-submit"
      layout="sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
    >
      <FilterTextField
        label={t("searchLabel")}
        name="search"
        value={filter.search}
        placeholder={t("searchPlaceholder")}
        testId="provider-search"
      />
      <FilterSelectField
        label={t("service")}
        name="service_type"
        value={filter.service_type}
        anyLabel={t("any")}
        options={serviceTypeOptions.map(([value]) => [value, services(value)])}
      />
      <FilterSelectField
        label={t("status")}
        name="status"
        value={filter.status}
        anyLabel={t("any")}
        options={[
          ["enabled", t("enabled")],
          ["disabled", t("disabled")],
        ]}
      />
    </FilterForm>
  );
}
