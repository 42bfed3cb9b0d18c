// The dashboard's body: the person's figures, upcoming appointments and recent bookings, as read on the server.
import { useTranslations } from "next-intl";
import type { BookingSummary } from "@/lib/booking/booking-history";
import type { DashboardStats, UpcomingAppointment } from "@/lib/dashboard/stats";
import { BookingHistoryItem } from "@/app/bookings/booking-history-item";
import { StatTiles } from "./stat-tiles";
import { UpcomingAppointments } from "./upcoming-appointments";

const recentShown = 5;

export interface DashboardData {
  stats: DashboardStats;
  upcoming: UpcomingAppointment[];
  bookings: BookingSummary[];
}

export function DashboardView({ data }: { data: DashboardData }) {
  const t = useTranslations("dashboard");
  return (
    <div className="space-y-8" data-testid="dashboard">
      <StatTiles stats={data.stats} />
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {t("upcoming")}
        </h2>
        <UpcomingAppointments appointments={data.upcoming} />
      </section>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {t("recent")}
        </h2>
        {data.bookings.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-500">
            {t("noBookings")}
          </p>
        ) : (
          <ul className="space-y-3" data-testid="dashboard-recent">
            {data.bookings.slice(0, recentShown).map((booking) => (
              <BookingHistoryItem key={booking.booking_id} booking={booking} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
