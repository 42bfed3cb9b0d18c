// /admin – the overview: headline figures, bookings and calls per day, calls placed and estimated spend per day,
// and calls by outcome.
import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/admin/page-access";
import { loadOverview, overviewQuerySchema, overviewRanges } from "@/lib/admin/overview";
import { queryValues } from "@/lib/admin/query-values";
import { getRuntime } from "@/lib/runtime";
import { StackedBarChart } from "./_components/bar-chart";
import { OutcomeBars } from "./_components/outcome-bars";
import { cardClass, PageHeader } from "./_components/page-header";
import { StatCard } from "./_components/stat-card";

export const metadata: Metadata = { title: "Overview" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminOverviewPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdminPage("/admin");
  const parsed = overviewQuerySchema.safeParse(queryValues(await searchParams));
  const days = parsed.success ? parsed.data.days : 14;
  const overview = await loadOverview(days, getRuntime().clock);
  const { totals } = overview;
  const dayValues = overview.days.map((day) => ({
    date: day.date,
    values: { booked: day.booked, other: day.bookings - day.booked, calls: day.calls },
  }));

  return (
    <main data-testid="admin-overview">
      <PageHeader
        title="Overview"
        description={`The last ${days} days, counted in ${overview.time_zone}.`}
        actions={
          <div
            className="flex rounded-xl border border-slate-200 bg-white p-0.5 shadow-xs"
            aria-label="Period"
          >
            {overviewRanges.map((range) => (
              <Link
                key={range}
                href={range === 14 ? "/admin" : `/admin?days=${range}`}
                aria-current={range === days ? "true" : undefined}
                className={`rounded-lg px-3 py-1.5 text-sm font-medium ${
                  range === days ? "bg-indigo-50 text-indigo-700" : "text-slate-600 hover:text-slate-900"
                }`}
              >
                {range} days
              </Link>
            ))}
          </div>
        }
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <StatCard
          label="Bookings"
          value={String(totals.bookings)}
          detail={`${totals.booked} booked`}
          testId="stat-bookings"
        />
        <StatCard
          label="Calls"
          value={String(totals.calls)}
          detail="placed or queued for these bookings"
          testId="stat-calls"
        />
        <StatCard
          label="Estimated spend"
          value={`$${totals.spend_usd.toFixed(2)}`}
          detail={`${totals.dialed} calls placed, ${totals.talk_minutes.toFixed(1)} minutes`}
          testId="stat-spend"
        />
        <StatCard
          label="Success rate"
          value={overview.success_rate === null ? "—" : `${Math.round(overview.success_rate * 100)}%`}
          detail={`booked out of ${totals.booked + totals.not_booked} finished (booked or not booked)`}
          accent="text-emerald-600"
          testId="stat-success-rate"
        />
        <StatCard
          label="Median time to booked"
          value={formatMinutes(overview.median_minutes_to_booked)}
          detail="from the request to the booked appointment"
          testId="stat-median-time"
        />
      </div>
      <div className="mt-5 grid gap-5 lg:grid-cols-2">
        <section className={`${cardClass} p-5`} aria-labelledby="bookings-chart">
          <h2 id="bookings-chart" className="mb-3 font-semibold text-slate-900">
            Bookings per day
          </h2>
          <StackedBarChart
            title="Bookings per day"
            testId="bookings-chart"
            days={dayValues}
            series={[
              { key: "booked", label: "Booked", color: "#10b981" },
              { key: "other", label: "Not (yet) booked", color: "#a5b4fc" },
            ]}
          />
        </section>
        <section className={`${cardClass} p-5`} aria-labelledby="calls-chart">
          <h2 id="calls-chart" className="mb-3 font-semibold text-slate-900">
            Calls per day
          </h2>
          <StackedBarChart
            title="Calls per day"
            testId="calls-chart"
            days={dayValues}
            series={[{ key: "calls", label: "Calls", color: "#6366f1" }]}
          />
        </section>
      </div>
      <section className={`${cardClass} mt-5 p-5`} aria-labelledby="spend" data-testid="spend-per-day">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="spend" className="font-semibold text-slate-900">
            Calls placed and estimated spend per day
          </h2>
          <p className="text-xs text-slate-500">
            ${overview.cost.per_call_usd.toFixed(2)} per call + ${overview.cost.per_minute_usd.toFixed(2)} per
            minute (CALL_COST_PER_CALL_USD, CALL_COST_PER_MINUTE_USD); simulated calls cost nothing.
          </p>
        </div>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-slate-500">
              <tr>
                <th className="py-1.5 pr-4 font-medium">Day</th>
                <th className="py-1.5 pr-4 text-right font-medium">Calls placed</th>
                <th className="py-1.5 pr-4 text-right font-medium">Minutes</th>
                <th className="py-1.5 text-right font-medium">Estimated spend</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {[...overview.days].reverse().map((day) => (
                <tr key={day.date} data-testid="spend-day" data-date={day.date}>
                  <td className="py-1.5 pr-4 text-slate-700">{day.date}</td>
                  <td className="py-1.5 pr-4 text-right tabular-nums">{day.dialed}</td>
                  <td className="py-1.5 pr-4 text-right tabular-nums">{day.talk_minutes.toFixed(1)}</td>
                  <td className="py-1.5 text-right tabular-nums">${day.spend_usd.toFixed(2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className={`${cardClass} mt-5 p-5`} aria-labelledby="outcomes">
        <div className="mb-4 flex items-baseline justify-between">
          <h2 id="outcomes" className="font-semibold text-slate-900">
            Calls by outcome
          </h2>
          <Link href="/admin/bookings" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
            All bookings →
          </Link>
        </div>
        <OutcomeBars outcomes={overview.calls_by_outcome} />
      </section>
    </main>
  );
}

function formatMinutes(minutes: number | null): string {
  if (minutes === null) return "—";
  if (minutes < 1) return `${Math.max(1, Math.round(minutes * 60))} s`;
  if (minutes < 90) return `${Math.round(minutes)} min`;
  return `${(minutes / 60).toFixed(1)} h`;
}
