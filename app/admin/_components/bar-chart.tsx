// A small daily bar chart drawn as inline SVG (no chart library): stacked series per day, a few gridlines with
// round numbers, day labels thinned out to stay readable (in the page's language), and a tooltip per bar.
import { useLocale, useTranslations } from "next-intl";

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface ChartDay {
  date: string;
  values: Record<string, number>;
}

const width = 640;
const height = 220;
const margin = { top: 12, right: 8, bottom: 28, left: 34 };

/** Gridlines on whole, round numbers: a step of 1, 2 or 5 × 10^n giving about four lines up to the maximum. */
export function gridFor(maximum: number): { top: number; ticks: number[] } {
  const rough = Math.max(1, maximum / 4);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((s) => s * magnitude >= rough) ?? 10) * magnitude;
  const top = Math.max(step, Math.ceil(maximum / step) * step);
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

/** "2025-03-07" as "Mar 7": a calendar day, so it is read in UTC whatever the viewer's zone. */
function dayLabel(date: string, locale: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function StackedBarChart(props: {
  title: string;
  days: ChartDay[];
  series: ChartSeries[];
  testId?: string;
}) {
  const t = useTranslations("adminShell.chart");
  const locale = useLocale();
  const { days, series } = props;
  const totals = days.map((day) => series.reduce((sum, s) => sum + (day.values[s.key] ?? 0), 0));
  const { top, ticks } = gridFor(Math.max(0, ...totals));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const slot = plotWidth / Math.max(1, days.length);
  const barWidth = Math.max(2, Math.min(28, slot * 0.65));
  const y = (value: number) => margin.top + plotHeight - (value / top) * plotHeight;
  // Counted back from today, so the latest day is always labelled and the labels never touch.
  const labelEvery = days.length <= 7 ? 1 : days.length <= 14 ? 2 : days.length <= 31 ? 5 : 14;

  return (
    <figure data-testid={props.testId}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.title} className="h-auto w-full">
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={margin.left}
              x2={width - margin.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke="#e2e8f0"
              strokeDasharray={tick === 0 ? undefined : "3 3"}
            />
            <text x={margin.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#94a3b8">
              {tick}
            </text>
          </g>
        ))}
        {days.map((day, index) => {
          const x = margin.left + index * slot + (slot - barWidth) / 2;
          let base = 0;
          return (
            <g key={day.date}>
              <title>
                {t("tooltip", {
                  day: dayLabel(day.date, locale),
                  values: series.map((s) => `${s.label} ${day.values[s.key] ?? 0}`).join(", "),
                })}
              </title>
              <rect
                x={margin.left + index * slot}
                y={margin.top}
                width={slot}
                height={plotHeight}
                fill="transparent"
              />
              {series.map((s) => {
                const value = day.values[s.key] ?? 0;
                if (value === 0) return null;
                const rect = (
                  <rect
                    key={s.key}
                    x={x}
                    y={y(base + value)}
                    width={barWidth}
                    height={y(base) - y(base + value)}
                    rx={Math.min(3, barWidth / 4)}
                    fill={s.color}
                  />
                );
                base += value;
                return rect;
              })}
              {(days.length - 1 - index) % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={height - 8} textAnchor="middle" fontSize="11" fill="#64748b">
                  {dayLabel(day.date, locale)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-500">
        {series.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1.5">
            <span
              className="h-2.5 w-2.5 rounded-sm"
              style={{ backgroundColor: s.color }}
              aria-hidden="true"
            />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
