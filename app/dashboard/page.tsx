// /dashboard – the person's own figures: bookings by state, success rate, time to booked, upcoming appointments and
// recent bookings linking to their pages, read on the server (GET /api/dashboard/stats and /bookings's functions).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import Link from "next/link";
import { getCaller } from "@/lib/auth/session";
import { listBookingHistory } from "@/lib/booking/booking-history";
import { loadDashboardStats, noDashboardStats } from "@/lib/dashboard/stats";
import { getRuntime } from "@/lib/runtime";
import { DashboardView, type DashboardData } from "./dashboard-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("dashboard") };
}

async function dashboardOf(userId: string): Promise<DashboardData> {
  const [figures, bookings] = await Promise.all([
    loadDashboardStats(userId, getRuntime().clock),
    listBookingHistory(userId),
  ]);
  return { ...figures, bookings };
}

export default async function DashboardPage() {
  const caller = await getCaller(await headers());
  // A visitor whose guest session is still being started sees an empty dashboard; the page renders again with it.
  const data = caller
    ? await dashboardOf(caller.userId)
    : { stats: noDashboardStats, upcoming: [], bookings: [] };
  const t = await getTranslations("dashboard");
  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6 lg:py-12">
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-500">
          {t("lead")}{" "}
          <Link href="/settings/connections" className="font-medium text-indigo-700 hover:underline">
            {t("connections")}
          </Link>
        </p>
      </div>
      <DashboardView data={data} />
    </main>
  );
}
