// The dashboard's headline figures as tiles: bookings, booked, in progress, not booked, success rate, time to booked.
import { useTranslations } from "next-intl";
import type { DashboardStats } from "@/lib/dashboard/stats";

export function StatTiles({ stats }: { stats: DashboardStats }) {
  const t = useTranslations("dashboard");
  const tiles = [
    { id: "total", label: t("statTotal"), value: String(stats.total_bookings) },
    { id: "booked", label: t("statBooked"), value: String(stats.completed) },
    { id: "processing", label: t("statProcessing"), value: String(stats.processing) },
    { id: "failed", label: t("statFailed"), value: String(stats.failed) },
    {
      id: "success-rate",
      label: t("statSuccessRate"),
      value: stats.success_rate === null ? "—" : `${Math.round(stats.success_rate * 100)}%`,
    },
    {
      id: "time-to-booked",
      label: t("statTimeToBooked"),
      value:
        stats.median_minutes_to_booked === null
          ? "—"
          : t("minutes", { minutes: stats.median_minutes_to_booked }),
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {tiles.map((tile) => (
        <div key={tile.id} className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-xs font-medium text-slate-500">{tile.label}</dt>
          <dd className="mt-1 text-2xl font-semibold text-slate-900" data-testid={`stat-${tile.id}`}>
            {tile.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
