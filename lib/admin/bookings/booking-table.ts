// The admin bookings table: one page of bookings under the filters, with the counts per status above it.
import { countAdminBookingsByStatus, listAdminBookings, type AdminBookingRow } from "@/db/admin-bookings";
import { bookingStatuses, type BookingStatus } from "@/db/schema";
import { adminTimeZone } from "@/lib/admin/admin-time";
import { listPage, type ListPage } from "@/lib/admin/list-page";
import type { ServiceType } from "@/lib/intake/booking-request";
import { toBookingQuery, type AdminBookingFilter } from "./booking-filter";

export const bookingsPageSize = 25;

export interface AdminBookingListItem {
  booking_id: string;
  status: BookingStatus;
  status_reason: string | null;
  mode: "auto" | "review";
  service_type: ServiceType | null;
  location: string | null;
  timeframe: string | null;
  time_zone: string;
  created_at: string;
  user: { id: string; email: string | null; is_guest: boolean };
  booked_provider_name: string | null;
  booked_slot_start: string | null;
  calls_total: number;
  calls_ended: number;
  dialers: string[];
  resolved_at: string | null;
}

export interface AdminBookingTable extends ListPage {
  bookings: AdminBookingListItem[];
  /** Bookings per status under every filter but the status; `all` is their sum. */
  counts: Record<BookingStatus | "all", number>;
  page_size: number;
  /** The zone the date filters and the overview count days in. */
  time_zone: string;
}

export async function loadAdminBookingTable(filter: AdminBookingFilter): Promise<AdminBookingTable> {
  const timeZone = adminTimeZone();
  const query = toBookingQuery(filter, timeZone);
  const [{ rows, total }, byStatus] = await Promise.all([
    listAdminBookings(query, { limit: bookingsPageSize, offset: (filter.page - 1) * bookingsPageSize }),
    countAdminBookingsByStatus(query),
  ]);
  const counts = Object.fromEntries(
    bookingStatuses.map((status) => [status, byStatus[status] ?? 0]),
  ) as Record<BookingStatus, number>;
  return {
    bookings: rows.map(toListItem),
    counts: { ...counts, all: Object.values(counts).reduce((sum, n) => sum + n, 0) },
    ...listPage(filter.page, total, bookingsPageSize),
    page_size: bookingsPageSize,
    time_zone: timeZone,
  };
}

function toListItem(row: AdminBookingRow): AdminBookingListItem {
  return {
    booking_id: row.id,
    status: row.status,
    status_reason: row.statusReason,
    mode: row.mode,
    service_type: row.request.service_type,
    location: row.request.location,
    timeframe: row.request.timeframe,
    time_zone: row.timeZone,
    created_at: row.createdAt.toISOString(),
    user: { id: row.userId, email: row.userEmail, is_guest: row.userIsAnonymous },
    booked_provider_name: row.bookedProviderName,
    booked_slot_start: row.bookedSlotStart?.toISOString() ?? null,
    calls_total: row.callsTotal,
    calls_ended: row.callsEnded,
    dialers: row.dialers,
    resolved_at: row.resolvedAt?.toISOString() ?? null,
  };
}
