// Loads the person's figures and bookings (GET /api/dashboard/stats and /bookings) and lays them out.
"use client";

import type { BookingSummary } from "@/lib/booking/booking-history";
import type { DashboardStats, UpcomingAppointment } from "@/lib/dashboard/stats";
import { apiRequest } from "@/app/_components/api-request";
import { useApiData } from "@/app/_components/use-api-data";
import { BookingHistoryItem } from "@/app/bookings/booking-history-item";
import { StatTiles } from "./stat-tiles";
import { UpcomingAppointments } from "./upcoming-appointments";

const recentShown = 5;

interface DashboardData {
  stats: DashboardStats;
  upcoming: UpcomingAppointment[];
  bookings: BookingSummary[];
}

async function loadDashboard(): Promise<DashboardData> {
  const [figures, list] = await Promise.all([
    apiRequest<{ stats: DashboardStats; upcoming: UpcomingAppointment[] }>("/api/dashboard/stats"),
    apiRequest<{ bookings: BookingSummary[] }>("/api/dashboard/bookings"),
  ]);
  return { ...figures, bookings: list.bookings };
}

export function DashboardView() {
  const { data, error } = useApiData(loadDashboard);

  if (error) {
    return (
      <p role="alert" className="rounded-xl bg-rose-50 px-4 py-3 text-sm text-rose-700">
        {error}
      </p>
    );
  }
  if (!data) {
    return (
      <div className="h-40 animate-pulse rounded-2xl bg-slate-200/60" aria-label="Loading the dashboard" />
    );
  }
  return (
    <div className="space-y-8" data-testid="dashboard">
      <StatTiles stats={data.stats} />
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="mb-3 text-lg font-semibold text-slate-900">
          Upcoming appointments
        </h2>
        <UpcomingAppointments appointments={data.upcoming} />
      </section>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="mb-3 text-lg font-semibold text-slate-900">
          Recent bookings
        </h2>
        {data.bookings.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-500">
            No bookings yet: start a request and CallPilot will call around for you.
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
