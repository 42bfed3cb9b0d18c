// Where the request stands: still gathering details, ready to call, or waiting on the person (and why).
import type { BookingRequest, TaskStatus } from "@/lib/intake/booking-request";

const statusStyles: Record<TaskStatus, { label: string; dot: string; badge: string }> = {
  gathering_info: {
    label: "Gathering info",
    dot: "bg-amber-400",
    badge: "bg-amber-50 text-amber-800 ring-amber-200",
  },
  ready_to_call: {
    label: "Ready to call",
    dot: "bg-emerald-500",
    badge: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  },
  requires_user_attention: {
    label: "Needs your attention",
    dot: "bg-rose-500",
    badge: "bg-rose-50 text-rose-800 ring-rose-200",
  },
};

const requiredLabels: Array<[keyof BookingRequest, string]> = [
  ["service_type", "the kind of business"],
  ["location", "where"],
  ["timeframe", "when"],
];

export function TaskStatusCard(props: {
  status: TaskStatus;
  attention: string | null;
  request: BookingRequest;
}) {
  const style = statusStyles[props.status];
  const missing = requiredLabels.filter(([field]) => props.request[field] === null).map(([, label]) => label);
  return (
    <section
      className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm"
      aria-label="Request status"
    >
      <div className="flex items-center justify-between gap-3">
        <h2 className="text-sm font-semibold text-slate-900">Status</h2>
        <span
          data-testid="task-status"
          data-status={props.status}
          className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset ${style.badge}`}
        >
          <span className={`h-1.5 w-1.5 rounded-full ${style.dot}`} />
          {style.label}
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
        <p className="mt-3 text-sm text-slate-500">Still needed: {missing.join(", ")}.</p>
      )}
    </section>
  );
}
