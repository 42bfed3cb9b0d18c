// /dashboard – the person's own figures: bookings by state, success rate, time to booked, upcoming appointments and
// recent bookings linking to their pages.
import type { Metadata } from "next";
import Link from "next/link";
import { DashboardView } from "./dashboard-view";

export const metadata: Metadata = { title: "Dashboard" };

export default function DashboardPage() {
  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6 lg:py-12">
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Dashboard</h1>
        <p className="mt-1 text-sm text-slate-500">
          How CallPilot has done for you, and what is coming up.{" "}
          <Link href="/settings/connections" className="font-medium text-indigo-700 hover:underline">
            Connected services
          </Link>
        </p>
      </div>
      <DashboardView />
    </main>
  );
}
