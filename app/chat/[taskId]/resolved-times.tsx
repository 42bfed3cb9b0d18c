// What the timeframe and preferred time resolved to, read-only, in the booking's time zone.
import { useLocale, useTranslations } from "next-intl";
import type { BookingRequest } from "@/lib/intake/booking-request";
import { formatClockRange, formatDayWindow, windowZoneName } from "@/app/_components/format-time";

export function ResolvedTimes(props: {
  window: BookingRequest["window"];
  timeOfDay: BookingRequest["time_of_day"];
  timeZone: string;
}) {
  const t = useTranslations("summary");
  const locale = useLocale();
  return (
    <div
      className="col-span-2 rounded-lg bg-slate-50 px-3 py-2 text-xs text-slate-600"
      data-testid="summary-resolved"
    >
      <p>
        <span className="font-medium text-slate-700">{t("dates")}</span>
        <span data-testid="summary-window">
          {props.window ? formatDayWindow(props.window, props.timeZone, locale) : "—"}
        </span>
      </p>
      <p className="mt-0.5">
        <span className="font-medium text-slate-700">{t("hours")}</span>
        <span data-testid="summary-time-of-day">
          {props.timeOfDay ? formatClockRange(props.timeOfDay, locale, t("midnight")) : t("anyTime")}
        </span>
      </p>
      <p className="mt-0.5 text-slate-400" data-testid="summary-zone">
        {windowZoneName(props.window, props.timeZone, locale)}
      </p>
    </div>
  );
}
