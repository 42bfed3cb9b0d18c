// /admin/bookings – every booking, filtered (status, service type, dates, person, dialer, resolved) and paginated,
// with the counts per status on top.
import type { Metadata } from "next";
import { listKnownDialers } from "@/db/admin-bookings";
import { adminBookingFilterSchema } from "@/lib/admin/bookings/booking-filter";
import { loadAdminBookingTable } from "@/lib/admin/bookings/booking-table";
import { readListFilter } from "@/lib/admin/list-filter";
import { requireAdminPage } from "@/lib/admin/page-access";
import { IgnoredFilterNote } from "../_components/list-filters";
import { PageHeader } from "../_components/page-header";
import { Pagination } from "../_components/pagination";
import { BookingFilters } from "./booking-filters";
import { BookingsTable } from "./bookings-table";
import { StatusCounts } from "./status-counts";

export const metadata: Metadata = { title: "Bookings" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminBookingsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdminPage("/admin/bookings");
  const { filter, ignored } = readListFilter(adminBookingFilterSchema, await searchParams);
  const [table, dialers] = await Promise.all([loadAdminBookingTable(filter), listKnownDialers()]);

  return (
    <main data-testid="admin-bookings">
      <PageHeader
        title="Bookings"
        description={`Every booking, newest first. Times and date filters are in ${table.time_zone}.`}
      />
      <IgnoredFilterNote note={ignored} />
      <StatusCounts counts={table.counts} filter={filter} />
      <BookingFilters filter={filter} dialers={dialers} />
      <BookingsTable bookings={table.bookings} timeZone={table.time_zone} />
      <Pagination
        list={table}
        base="/admin/bookings"
        filter={filter}
        noun={table.total === 1 ? "booking" : "bookings"}
      />
    </main>
  );
}
