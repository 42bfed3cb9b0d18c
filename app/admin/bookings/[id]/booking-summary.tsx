// The booking's header card: what was asked for, by whom, its state and why, and an admin's resolution note.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { AdminBookingDetail } from "@/lib/admin/bookings/booking-detail";
import { formatDateTime, formatDayWindow, formatSlot } from "@/app/_components/format-time";
import { ServerSentence } from "@/app/_components/server-sentence";
import { BookingStatusBadge } from "../../_components/status-badges";

export async function BookingSummary({ detail }: { detail: AdminBookingDetail }) {
  const [t, services, locale] = await Promise.all([
    getTranslations("adminBookings.summary"),
    getTranslations("services"),
    getLocale(),
  ]);
  const { booking, user, resolution, view } = detail;
  const request = booking.request;
  const service = request.service_type ? services(request.service_type) : t("appointment");
  const facts: Array<[string, React.ReactNode]> = [
    [t("person"), user ? (user.is_guest ? t("guest", { id: user.id }) : user.email) : t("deleted")],
    [t("requested"), formatDateTime(booking.created_at, booking.time_zone, locale)],
    [t("mode"), t(booking.mode === "auto" ? "modeAuto" : "modeReview")],
    [t("providers"), t("atOnce", { count: booking.swarm_size })],
    [
      t("when"),
      [request.timeframe, request.window ? formatDayWindow(request.window, booking.time_zone, locale) : null]
        .filter(Boolean)
        .join(" · ") || "—",
    ],
    [t("timeOfDay"), request.preferred_time ?? t("anyTime")],
    [t("name"), request.client_name ?? "—"],
    [t("partySize"), request.party_size ?? "—"],
    [t("notes"), request.notes ?? "—"],
    [t("timeZone"), booking.time_zone],
  ];
  return (
    <section
      className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
      data-testid="booking-summary"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <p className="font-mono text-xs text-slate-400">{booking.booking_id}</p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
            {service}
            {request.location && (
              <span className="text-slate-500">{t("inLocation", { location: request.location })}</span>
            )}
          </h1>
        </div>
        <BookingStatusBadge status={booking.status} />
      </div>
      {booking.status_reason && (
        <p className="mt-3 rounded-xl bg-slate-50 px-3.5 py-2.5 text-sm text-slate-700">
          <ServerSentence text={booking.status_reason} sentence={booking.status_reason_sentence} />
        </p>
      )}
      {view.booked && (
        <p
          className="mt-3 rounded-xl bg-emerald-50 px-3.5 py-2.5 text-sm text-emerald-800"
          data-testid="admin-booked"
        >
          {t.rich("booked", {
            provider: view.booked.provider_name,
            slot: formatSlot(view.booked.slot, booking.time_zone, locale),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
      )}
      {resolution && (
        <div
          className="mt-3 rounded-xl bg-violet-50 px-3.5 py-2.5 text-sm text-violet-900"
          data-testid="resolution"
        >
          <p className="font-medium">
            {t("resolvedBy", {
              email: resolution.resolved_by_email,
              date: formatDateTime(resolution.resolved_at, booking.time_zone, locale),
            })}
          </p>
          <p className="mt-0.5 whitespace-pre-line">{resolution.note}</p>
        </div>
      )}
      <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {facts.map(([term, value]) => (
          <div key={term} className="flex gap-3">
            <dt className="w-24 shrink-0 text-slate-500">{term}</dt>
            <dd className="min-w-0 break-words text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
      {booking.task_id && (
        <p className="mt-4 text-xs text-slate-400">
          {t.rich("task", {
            id: booking.task_id,
            mono: (chunks) => <span className="font-mono">{chunks}</span>,
          })}{" "}
          ·{" "}
          <Link
            href={`/admin/bookings?user=${encodeURIComponent(user?.id ?? "")}`}
            className="text-indigo-600 hover:text-indigo-500"
          >
            {t("personBookings")}
          </Link>
        </p>
      )}
    </section>
  );
}
