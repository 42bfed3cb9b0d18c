// A person's dashboard figures: their bookings by state, the success rate, the median time from request to booked
// appointment, the calls made for them and their upcoming appointments. Only the person's own data.
import { listMinutesToBooked } from "@/db/admin-overview";
import { countBookingsByStatusForUser } from "@/db/bookings";
import { countCallsByStatusForUser, listUpcomingAppointmentsForUser } from "@/db/dashboard";
import type { BookingStatus } from "@/db/schema";
import { median } from "@/lib/admin/overview";
import type { Clock } from "@/lib/clock";

export interface DashboardStats {
  total_bookings: number;
  /** Booked appointments. */
  completed: number;
  /** Still calling, waiting for the person's choice, or confirming it. */
  processing: number;
  awaiting_choice: number;
  failed: number;
  canceled: number;
  /** Booked ÷ (booked + not booked) among finished bookings; null when none has finished. */
  success_rate: number | null;
  median_minutes_to_booked: number | null;
  calls_made: number;
  upcoming_appointments: number;
}

export interface UpcomingAppointment {
  booking_id: string;
  provider_name: string | null;
  service_type: string | null;
  time_zone: string;
  start: string;
  end: string | null;
}

/** The figures of someone with no bookings (a visitor whose session is still being started). */
export const noDashboardStats: DashboardStats = {
  total_bookings: 0,
  completed: 0,
  processing: 0,
  awaiting_choice: 0,
  failed: 0,
  canceled: 0,
  success_rate: null,
  median_minutes_to_booked: null,
  calls_made: 0,
  upcoming_appointments: 0,
};

const inProgress: readonly BookingStatus[] = ["processing", "awaiting_choice", "confirming"];
const everyBooking = new Date(0);
const upcomingShown = 5;

export async function loadDashboardStats(
  userId: string,
  clock: Clock,
): Promise<{ stats: DashboardStats; upcoming: UpcomingAppointment[] }> {
  const [byStatus, callCounts, minutesToBooked, upcoming] = await Promise.all([
    countBookingsByStatusForUser(userId),
    countCallsByStatusForUser(userId),
    listMinutesToBooked(everyBooking, userId),
    listUpcomingAppointmentsForUser(userId, clock.now(), upcomingShown),
  ]);
  const count = (status: BookingStatus) => byStatus[status] ?? 0;
  const completed = count("booked");
  const failed = count("failed");
  const finished = completed + failed;
  const median = medianMinutes(minutesToBooked);
  return {
    stats: {
      total_bookings: Object.values(byStatus).reduce((sum, n) => sum + n, 0),
      completed,
      processing: inProgress.reduce((sum, status) => sum + count(status), 0),
      awaiting_choice: count("awaiting_choice"),
      failed,
      canceled: count("canceled"),
      success_rate: finished > 0 ? completed / finished : null,
      median_minutes_to_booked: median,
      // Calls that were only queued or scheduled and then canceled never rang anyone.
      calls_made: callCounts
        .filter((row) => !["queued", "scheduled", "canceled"].includes(row.status))
        .reduce((sum, row) => sum + row.count, 0),
      upcoming_appointments: upcoming.length,
    },
    upcoming: upcoming.map((row) => ({
      booking_id: row.bookingId,
      provider_name: row.providerName,
      service_type: row.serviceType,
      time_zone: row.timeZone,
      start: row.start.toISOString(),
      end: row.end?.toISOString() ?? null,
    })),
  };
}

/** Tenths of a minute are as precise as this figure needs to be. */
function medianMinutes(values: number[]): number | null {
  const middle = median(values);
  return middle === null ? null : Math.round(middle * 10) / 10;
}
