// A call's state as a coloured badge: queued, scheduled, dialing, ringing, in call, and how it ended.
import { useTranslations } from "next-intl";
import type { ProviderResult } from "@/lib/booking/booking-view";
import type { CallProgress } from "./call-activity";

type CallStatus = ProviderResult["call_status"];
type BadgeKey = CallStatus | "ringing" | "in_call" | "on_hold";

// Each state is labelled callStatus.{key}.
const badges: Record<BadgeKey, { style: string; live?: boolean }> = {
  queued: { style: "bg-slate-100 text-slate-600 ring-slate-200" },
  scheduled: { style: "bg-amber-50 text-amber-800 ring-amber-200" },
  dialing: { style: "bg-sky-50 text-sky-700 ring-sky-200", live: true },
  in_progress: { style: "bg-sky-50 text-sky-700 ring-sky-200", live: true },
  ringing: { style: "bg-sky-50 text-sky-700 ring-sky-200", live: true },
  in_call: { style: "bg-indigo-50 text-indigo-700 ring-indigo-200", live: true },
  on_hold: { style: "bg-indigo-50 text-indigo-700 ring-indigo-200", live: true },
  completed: { style: "bg-emerald-50 text-emerald-700 ring-emerald-200" },
  no_answer: { style: "bg-orange-50 text-orange-700 ring-orange-200" },
  busy: { style: "bg-orange-50 text-orange-700 ring-orange-200" },
  voicemail: { style: "bg-orange-50 text-orange-700 ring-orange-200" },
  failed: { style: "bg-rose-50 text-rose-700 ring-rose-200" },
  canceled: { style: "bg-slate-100 text-slate-500 ring-slate-200" },
};

/** The live progress refines "in progress": a placed call is dialing until it rings, then in the call once answered. */
function badgeKey(status: CallStatus, progress: CallProgress | null): BadgeKey {
  if (status !== "in_progress" || !progress) return status;
  return progress === "answered" ? "in_call" : progress;
}

export function CallStatusBadge(props: { status: CallStatus; progress: CallProgress | null }) {
  const t = useTranslations("callStatus");
  const key = badgeKey(props.status, props.progress);
  const badge = badges[key];
  return (
    <span
      data-testid="call-status"
      data-status={key}
      className={`inline-flex shrink-0 items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${badge.style}`}
    >
      {badge.live && (
        <span className="relative flex h-2 w-2">
          <span className="absolute inline-flex h-full w-full animate-ping rounded-full bg-current opacity-50" />
          <span className="relative inline-flex h-2 w-2 rounded-full bg-current" />
        </span>
      )}
      {t(key)}
    </span>
  );
}
