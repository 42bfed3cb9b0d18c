// /admin/bookings – every booking, filtered (status, service type, dates, person, dialer, resolved) and paginated,
// with the counts per status on top.
import type { Metadata } from "next";
import { ZodError } from "zod";
import { listKnownDialers } from "@/db/admin-bookings";
import { requireAdminPage } from "@/lib/admin/page-access";
import {
  filterHref,
  parseAdminBookingFilter,
  type AdminBookingFilter,
} from "@/lib/admin/bookings/booking-filter";
import { loadAdminBookingTable } from "@/lib/admin/bookings/booking-table";
import { describeZodError } from "@/lib/http/route";
import { PageHeader } from "../_components/page-header";
import { Pagination } from "../_components/pagination";
import { BookingFilters } from "./booking-filters";
import { BookingsTable } from "./bookings-table";
import { StatusCounts } from "./status-counts";

export const metadata: Metadata = { title: "Bookings" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminBookingsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdminPage("/admin/bookings");
  let filter: AdminBookingFilter;
  let filterError: string | null = null;
  try {
    filter = parseAdminBookingFilter(await searchParams);
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    filter = parseAdminBookingFilter({});
    filterError = `${describeZodError(error)} The filters were reset.`;
  }
  const [table, dialers] = await Promise.all([loadAdminBookingTable(filter), listKnownDialers()]);

  return (
    <main data-testid="admin-bookings">
      <PageHeader
        title="Bookings"
        description={`Every booking, newest first. Times and date filters are in ${table.time_zone}.`}
      />
      {filterError && (
        <p role="alert" className="mb-4 rounded-xl bg-amber-50 px-4 py-2.5 text-sm text-amber-800">
          {filterError}
        </p>
      )}
      <StatusCounts counts={table.counts} filter={filter} />
      <BookingFilters filter={filter} dialers={dialers} />
      <BookingsTable bookings={table.bookings} timeZone={table.time_zone} />
      <Pagination
        page={table.page}
        pageCount={table.page_count}
        total={table.total}
        noun={table.total === 1 ? "booking" : "bookings"}
        hrefFor={(page) => filterHref("/admin/bookings", filter, { page })}
      />
    </main>
  );
}
