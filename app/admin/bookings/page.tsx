// /admin/bookings – every booking, filtered (status, service type, dates, person, dialer, resolved) and paginated,
// with the counts per status on top.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listKnownDialers } from "@/db/admin-bookings";
import { adminBookingFilterSchema, type AdminBookingFilter } from "@/lib/admin/bookings/booking-filter";
import { loadAdminBookingTable } from "@/lib/admin/bookings/booking-table";
import { readListFilter } from "@/lib/admin/list-filter";
import type { ListPage } from "@/lib/admin/list-page";
import { requireAdminPage } from "@/lib/admin/page-access";
import { IgnoredFilterNote } from "../_components/list-filters";
import { PageHeader } from "../_components/page-header";
import { Pagination } from "../_components/pagination";
import { BookingFilters } from "./booking-filters";
import { BookingsTable } from "./bookings-table";
import { StatusCounts } from "./status-counts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminBookings.list"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminBookingsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdminPage("/admin/bookings");
  const { filter, ignored } = readListFilter(adminBookingFilterSchema, await searchParams);
  const [table, dialers] = await Promise.all([loadAdminBookingTable(filter), listKnownDialers()]);

  // The page itself only loads; its words are drawn by the components below (the access tests call this function
  // directly, outside a React server render, where next-intl's server functions are not available).
  return (
    <main data-testid="admin-bookings">
      <BookingsHeader timeZone={table.time_zone} />
      <IgnoredFilterNote note={ignored} />
      <StatusCounts counts={table.counts} filter={filter} />
      <BookingFilters filter={filter} dialers={dialers} />
      <BookingsTable bookings={table.bookings} timeZone={table.time_zone} />
      <BookingsPagination list={table} filter={filter} />
    </main>
  );
}

async function BookingsHeader({ timeZone }: { timeZone: string }) {
  const t = await getTranslations("adminBookings.list");
  return <PageHeader title={t("title")} description={t("description", { zone: timeZone })} />;
}

async function BookingsPagination({ list, filter }: { list: ListPage; filter: AdminBookingFilter }) {
  const t = await getTranslations("adminBookings.list");
  return (
    <Pagination
      list={list}
      base="/admin/bookings"
      filter={filter}
      counted={t("counted", { count: list.total })}
    />
  );
}
