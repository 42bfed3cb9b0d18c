// The directory as a table: name and address, service, phone (flagged when on the do-not-call list), hours,
// where it came from, and its state with the disable / enable switch.
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { Provider } from "@/db/providers";
import { formatOpeningHoursText } from "@/lib/admin/providers/opening-hours-text";
import { serviceTypeLabels } from "@/app/_components/service-labels";
import type { ServiceType } from "@/lib/intake/booking-request";
import { AdminTable } from "../_components/admin-table";
import { ProviderToggle } from "./provider-toggle";

export function ProvidersTable({ providers }: { providers: Array<Provider & { onDoNotCallList: boolean }> }) {
  const t = useTranslations("adminProviders.table");
  const services = useTranslations("services");
  return (
    <AdminTable
      columns={[
        t("provider"),
        t("service"),
        t("phone"),
        t("openingHours"),
        t("source"),
        { label: t("state"), className: "text-right" },
      ]}
      rows={providers}
      empty={t("empty")}
      testId="admin-providers-table"
      minWidth="min-w-[60rem]"
      row={(provider) => (
        <tr
          key={provider.id}
          data-testid="admin-provider-row"
          data-provider-id={provider.id}
          data-provider-name={provider.name}
          data-disabled={provider.disabled}
          className={`align-top ${provider.disabled ? "bg-slate-50/70 text-slate-400" : ""}`}
        >
          <td className="max-w-[20rem] px-4 py-3">
            <Link
              href={`/admin/providers/${provider.id}`}
              className={`font-medium hover:text-indigo-600 ${provider.disabled ? "text-slate-500" : "text-slate-900"}`}
            >
              {provider.name}
            </Link>
            <span className="block truncate text-xs text-slate-500" title={provider.address}>
              {provider.address}
            </span>
          </td>
          <td className="px-4 py-3 whitespace-nowrap text-slate-600">
            {provider.serviceType in serviceTypeLabels
              ? services(provider.serviceType as ServiceType)
              : provider.serviceType}
            <span className="block text-xs text-slate-400">
              {provider.city}, {provider.country}
            </span>
          </td>
          <td className="px-4 py-3 whitespace-nowrap">
            <span className="font-mono text-xs text-slate-700">{provider.phone ?? "—"}</span>
            {provider.onDoNotCallList && (
              <span className="mt-1 block w-fit rounded-full bg-rose-50 px-2 py-0.5 text-[11px] font-medium text-rose-700 ring-1 ring-rose-200 ring-inset">
                {t("doNotCall")}
              </span>
            )}
          </td>
          <td className="max-w-[16rem] px-4 py-3 text-xs text-slate-600">
            {formatOpeningHoursText(provider.openingHours) || "—"}
          </td>
          <td className="px-4 py-3 text-xs text-slate-500">{provider.source}</td>
          <td className="px-4 py-3 text-right">
            <ProviderToggle providerId={provider.id} disabled={provider.disabled} name={provider.name} />
          </td>
        </tr>
      )}
    />
  );
}
