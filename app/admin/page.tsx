// /admin – the overview: headline figures, bookings and calls per day, calls placed and estimated spend per day,
// and calls by outcome.
import type { Metadata } from "next";
import { useFormatter, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireAdminPage } from "@/lib/admin/page-access";
import { loadOverview, overviewQuerySchema, overviewRanges, type Overview } from "@/lib/admin/overview";
import { queryValues } from "@/lib/admin/query-values";
import { getRuntime } from "@/lib/runtime";
import { StackedBarChart } from "./_components/bar-chart";
import { OutcomeBars } from "./_components/outcome-bars";
import { cardClass, PageHeader } from "./_components/page-header";
import { SpendPerDay } from "./_components/spend-per-day";
import { StatCard } from "./_components/stat-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminShell.dashboard"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminOverviewPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdminPage("/admin");
  const parsed = overviewQuerySchema.safeParse(queryValues(await searchParams));
  const days = parsed.success ? parsed.data.days : 14;
  const overview = await loadOverview(days, getRuntime().clock);
  return <OverviewBody days={days} overview={overview} />;
}

// The page loads the figures; these synchronous components word them in the page's language (next-intl's hooks).
function OverviewBody({ days, overview }: { days: number; overview: Overview }) {
  const t = useTranslations("adminShell.dashboard");
  const dayValues = overview.days.map((day) => ({
    date: day.date,
    values: { booked: day.booked, other: day.bookings - day.booked, calls: day.calls },
  }));

  return (
    <main data-testid="admin-overview">
      <PageHeader
        title={t("title")}
        description={t("description", { days, timeZone: overview.time_zone })}
        actions={<PeriodSwitch days={days} />}
      />
      <HeadlineFigures overview={overview} />
      <div className="mt-5 grid gap-5 lg:grid-cols-2">
        <section className={`${cardClass} p-5`} aria-labelledby="bookings-chart">
          <h2 id="bookings-chart" className="mb-3 font-semibold text-slate-900">
            {t("bookingsPerDay")}
          </h2>
          <StackedBarChart
            title={t("bookingsPerDay")}
            testId="bookings-chart"
            days={dayValues}
            series={[
              { key: "booked", label: t("seriesBooked"), color: "#10b981" },
              { key: "other", label: t("seriesNotBooked"), color: "#a5b4fc" },
            ]}
          />
        </section>
        <section className={`${cardClass} p-5`} aria-labelledby="calls-chart">
          <h2 id="calls-chart" className="mb-3 font-semibold text-slate-900">
            {t("callsPerDay")}
          </h2>
          <StackedBarChart
            title={t("callsPerDay")}
            testId="calls-chart"
            days={dayValues}
            series={[{ key: "calls", label: t("seriesCalls"), color: "#6366f1" }]}
          />
        </section>
      </div>
      <SpendPerDay overview={overview} />
      <section className={`${cardClass} mt-5 p-5`} aria-labelledby="outcomes">
        <div className="mb-4 flex items-baseline justify-between">
          <h2 id="outcomes" className="font-semibold text-slate-900">
            {t("callsByOutcome")}
          </h2>
          <Link href="/admin/bookings" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
            {t("allBookings")}
          </Link>
        </div>
        <OutcomeBars outcomes={overview.calls_by_outcome} />
      </section>
    </main>
  );
}

function PeriodSwitch({ days }: { days: number }) {
  const t = useTranslations("adminShell.dashboard");
  return (
    <div
      className="flex rounded-xl border border-slate-200 bg-white p-0.5 shadow-xs"
      aria-label={t("period")}
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
          {t("range", { days: range })}
        </Link>
      ))}
    </div>
  );
}

function HeadlineFigures({ overview }: { overview: Overview }) {
  const t = useTranslations("adminShell.dashboard");
  const format = useFormatter();
  const duration = useDuration();
  const { totals } = overview;
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
      <StatCard
        label={t("bookings")}
        value={format.number(totals.bookings)}
        detail={t("bookingsDetail", { count: totals.booked })}
        testId="stat-bookings"
      />
      <StatCard
        label={t("calls")}
        value={format.number(totals.calls)}
        detail={t("callsDetail")}
        testId="stat-calls"
      />
      <StatCard
        label={t("spend")}
        value={format.number(totals.spend_usd, { style: "currency", currency: "USD" })}
        detail={t("spendDetail", {
          count: totals.dialed,
          minutes: format.number(totals.talk_minutes, oneDecimal),
        })}
        testId="stat-spend"
      />
      <StatCard
        label={t("successRate")}
        value={
          overview.success_rate === null ? "—" : format.number(overview.success_rate, { style: "percent" })
        }
        detail={t("successRateDetail", { finished: totals.booked + totals.not_booked })}
        accent="text-emerald-600"
        testId="stat-success-rate"
      />
      <StatCard
        label={t("medianTime")}
        value={duration(overview.median_minutes_to_booked)}
        detail={t("medianTimeDetail")}
        testId="stat-median-time"
      />
    </div>
  );
}

/** A duration in minutes as seconds, minutes or hours, whichever reads best. */
function useDuration(): (minutes: number | null) => string {
  const t = useTranslations("adminShell.dashboard");
  const format = useFormatter();
  return (minutes) => {
    if (minutes === null) return "—";
    if (minutes < 1) return t("seconds", { value: Math.max(1, Math.round(minutes * 60)) });
    if (minutes < 90) return t("minutes", { value: Math.round(minutes) });
    return t("hours", {
      value: format.number(minutes / 60, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    });
  };
}
