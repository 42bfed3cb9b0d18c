// /admin/bookings/{id} – one booking in full: the request, the ranking with its score breakdown, every call with its
// timeline, transcript and outcome, the admin actions (retry, cancel pending calls, resolve) and their audit trail.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { loadAdminBookingDetail, type AdminBookingDetail } from "@/lib/admin/bookings/booking-detail";
import { requireAdminPage } from "@/lib/admin/page-access";
import { AppError } from "@/lib/errors";
import { AdminActions } from "./admin-actions";
import { AuditTrail } from "./audit-trail";
import { BookingSummary } from "./booking-summary";
import { CallCard } from "./call-card";
import { RankingTable } from "./ranking-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminBookings.detail"))("title") };
}

export default async function AdminBookingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdminPage(`/admin/bookings/${id}`);
  let detail: AdminBookingDetail;
  try {
    detail = await loadAdminBookingDetail(id);
  } catch (error) {
    if (error instanceof AppError && error.type === "not_found") notFound();
    throw error;
  }
  const t = await getTranslations("adminBookings.detail");
  const calls = [...detail.calls].reverse();
  return (
    <main
      className="flex flex-col gap-5"
      data-testid="admin-booking"
      data-booking-id={detail.booking.booking_id}
    >
      <Link href="/admin/bookings" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
        {t("allBookings")}
      </Link>
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <BookingSummary detail={detail} />
        <AdminActions
          bookingId={detail.booking.booking_id}
          pendingCalls={detail.pending_calls}
          resolution={detail.resolution}
        />
      </div>
      <RankingTable view={detail.view} />
      <section aria-labelledby="calls-heading">
        <h2 id="calls-heading" className="mb-3 font-semibold text-slate-900">
          {t("calls")}{" "}
          <span className="font-normal text-slate-400">{t("callsNote", { count: detail.calls.length })}</span>
        </h2>
        {calls.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500">
            {t("noCalls")}
          </p>
        ) : (
          <div className="flex flex-col gap-4">
            {calls.map((call) => (
              <CallCard key={call.call_id} call={call} timeZone={detail.booking.time_zone} />
            ))}
          </div>
        )}
      </section>
      <AuditTrail
        entries={detail.audit}
        timeline={detail.booking_timeline}
        timeZone={detail.booking.time_zone}
      />
    </main>
  );
}
