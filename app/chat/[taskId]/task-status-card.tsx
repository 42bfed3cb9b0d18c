// Where the request stands: still gathering details, ready to call, or waiting on the person (and why).
import { useTranslations } from "next-intl";
import type { BookingRequest, TaskStatus } from "@/lib/intake/booking-request";

// Each status is labelled taskStatus.{status}.
const statusStyles: Record<TaskStatus, { dot: string; badge: string }> = {
  gathering_info: {
    dot: "bg-amber-400",
    badge: "bg-amber-50 text-amber-800 ring-amber-200",
  },
  ready_to_call: {
    dot: "bg-emerald-500",
    badge: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  },
  requires_user_attention: {
    dot: "bg-rose-500",
    badge: "bg-rose-50 text-rose-800 ring-rose-200",
  },
};

// Each missing field is named taskStatus.missing_{field}.
const requiredFields = ["service_type", "location", "timeframe"] as const satisfies Array<
  keyof BookingRequest
>;

export function TaskStatusCard(props: {
  status: TaskStatus;
  attention: string | null;
  request: BookingRequest;
}) {
  const t = useTranslations("taskStatus");
  const style = statusStyles[props.status];
  const missing = requiredFields
    .filter((field) => props.request[field] === null)
    .map((field) => t(`missing_${field}`));
  return (
    <section className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" aria-label={t("label")}>
      <div className="flex items-center justify-between gap-3">
        <h2 className="text-sm font-semibold text-slate-900">{t("heading")}</h2>
        <span
          data-testid="task-status"
          data-status={props.status}
          className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset ${style.badge}`}
        >
          <span className={`h-1.5 w-1.5 rounded-full ${style.dot}`} />
          {t(props.status)}
        </span>
      </div>
      {props.attention && (
        <p
          data-testid="task-attention"
          className="mt-3 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800"
        >
          {props.attention}
        </p>
      )}
      {!props.attention && props.status === "gathering_info" && missing.length > 0 && (
        <p className="mt-3 text-sm text-slate-500">{t("stillNeeded", { missing: missing.join(", ") })}</p>
      )}
    </section>
  );
}
