// The busy times CallPilot will avoid in the coming weeks, from every calendar, with their titles (the person's view).
import { useLocale, useTranslations } from "next-intl";
import type { UpcomingBusyTime } from "@/lib/calendar/calendar-overview";
import { formatDateTime, formatLongDate } from "@/app/_components/format-time";

export function UpcomingBusyTimes({
  upcoming,
  days,
  timeZone,
}: {
  upcoming: UpcomingBusyTime[];
  days: number;
  timeZone: string;
}) {
  const t = useTranslations("calendar");
  const locale = useLocale();
  return (
    <section
      data-testid="upcoming-busy-times"
      className="self-start rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 className="text-base font-semibold text-slate-900">
        {t("upcomingTitle", { weeks: Math.round(days / 7) })}
      </h2>
      <p className="mt-0.5 text-sm text-slate-500">{t("upcomingLead")}</p>
      {upcoming.length === 0 ? (
        <p className="mt-4 rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500">
          {t("upcomingEmpty")}
        </p>
      ) : (
        <ol className="mt-4 space-y-2">
          {upcoming.map((entry, index) => (
            <li
              key={`${entry.source_id ?? "manual"}-${entry.uid ?? index}-${entry.start}`}
              className="rounded-xl bg-slate-50 px-3 py-2 text-sm"
              data-testid="upcoming-entry"
            >
              <p className="font-medium text-slate-800">{entry.title ?? t("busy")}</p>
              <p className="text-slate-500">
                {entry.all_day
                  ? t("allDay", { date: formatLongDate(entry.start, timeZone, locale) })
                  : `${formatDateTime(entry.start, timeZone, locale)} – ${formatDateTime(entry.end, timeZone, locale)}`}
              </p>
              <p className="text-xs text-slate-400">
                {t(`source_${entry.source}`)}
                {entry.source !== "manual" && ` · ${entry.source_name}`}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
