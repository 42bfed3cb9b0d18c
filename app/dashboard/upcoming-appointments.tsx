// The person's next booked appointments, soonest first, each linking to its booking.
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { UpcomingAppointment } from "@/lib/dashboard/stats";
import { formatDateTime } from "@/app/_components/format-time";
import { serviceTypeLabels } from "@/app/_components/service-labels";
import type { ServiceType } from "@/lib/intake/booking-request";

export function UpcomingAppointments({ appointments }: { appointments: UpcomingAppointment[] }) {
  const t = useTranslations("dashboard");
  const services = useTranslations("services");
  const locale = useLocale();
  if (appointments.length === 0) {
    return <p className="text-sm text-slate-500">{t("nothingAhead")}</p>;
  }
  return (
    <ul className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white shadow-sm">
      {appointments.map((appointment) => (
        <li key={appointment.booking_id}>
          <Link
            href={`/booking/${appointment.booking_id}`}
            className="flex items-center justify-between gap-3 px-4 py-3 hover:bg-slate-50"
          >
            <span className="font-medium text-slate-900">
              {appointment.provider_name ?? t("yourAppointment")}
              {appointment.service_type && (
                <span className="font-normal text-slate-500">
                  {" "}
                  ·{" "}
                  {appointment.service_type in serviceTypeLabels
                    ? services(appointment.service_type as ServiceType)
                    : appointment.service_type}
                </span>
              )}
            </span>
            <span className="text-sm text-slate-600">
              {formatDateTime(appointment.start, appointment.time_zone, locale)}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
