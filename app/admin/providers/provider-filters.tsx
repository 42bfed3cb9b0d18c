// The directory's search bar: free text (name, city, address or phone), service type and state, as a plain GET form.
import { useTranslations } from "next-intl";
import { serviceTypeOptions } from "@/app/_components/service-labels";
import type { ProviderListFilter } from "@/lib/admin/providers/provider-admin";
import { FilterField, FilterForm, FilterTextField } from "../_components/list-filters";
import { inputClass } from "../_components/page-header";

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
      <FilterField label={t("status")}>
        <select name="status" defaultValue={filter.status ?? ""} className={`mt-1 ${inputClass}`}>
          <option value="">{t("any")}</option>
          <option value="enabled">{t("enabled")}</option>
          <option value="disabled">{t("disabled")}</option>
        </select>
      </FilterField>
    </FilterForm>
  );
}
