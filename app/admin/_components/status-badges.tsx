// Booking and call states as the admin area names and colours them (plainer than the person's "Waiting for your
// choice"), shared by the tables, the counts and the charts. Each state is labelled adminShell.bookingStatus.{status}
// or adminShell.callStatus.{status}; the status itself stays the value that is passed around.
import { useTranslations } from "next-intl";
import type { BookingStatus, CallStatus } from "@/db/schema";

export const bookingStatusStyles: Record<BookingStatus, { pill: string; dot: string }> = {
  processing: {
    pill: "bg-indigo-50 text-indigo-700 ring-indigo-200",
    dot: "bg-indigo-500",
  },
  awaiting_choice: {
    pill: "bg-amber-50 text-amber-800 ring-amber-200",
    dot: "bg-amber-500",
  },
  confirming: { pill: "bg-sky-50 text-sky-700 ring-sky-200", dot: "bg-sky-500" },
  booked: { pill: "bg-emerald-50 text-emerald-700 ring-emerald-200", dot: "bg-emerald-500" },
  failed: { pill: "bg-rose-50 text-rose-700 ring-rose-200", dot: "bg-rose-500" },
  canceled: { pill: "bg-slate-100 text-slate-600 ring-slate-200", dot: "bg-slate-400" },
};

export const callStatusStyles: Record<CallStatus, { pill: string; bar: string }> = {
  queued: { pill: "bg-slate-100 text-slate-600 ring-slate-200", bar: "#94a3b8" },
  scheduled: { pill: "bg-amber-50 text-amber-800 ring-amber-200", bar: "#f59e0b" },
  dialing: { pill: "bg-sky-50 text-sky-700 ring-sky-200", bar: "#0ea5e9" },
  in_progress: { pill: "bg-sky-50 text-sky-700 ring-sky-200", bar: "#0ea5e9" },
  completed: { pill: "bg-emerald-50 text-emerald-700 ring-emerald-200", bar: "#10b981" },
  no_answer: { pill: "bg-orange-50 text-orange-700 ring-orange-200", bar: "#f97316" },
  busy: { pill: "bg-orange-50 text-orange-700 ring-orange-200", bar: "#fb923c" },
  voicemail: { pill: "bg-orange-50 text-orange-700 ring-orange-200", bar: "#fdba74" },
  failed: { pill: "bg-rose-50 text-rose-700 ring-rose-200", bar: "#f43f5e" },
  canceled: { pill: "bg-slate-100 text-slate-500 ring-slate-200", bar: "#cbd5e1" },
};

const pillBase =
  "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset";

export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const t = useTranslations("adminShell.bookingStatus");
  return (
    <span
      data-testid="admin-booking-status"
      data-status={status}
      className={`${pillBase} ${bookingStatusStyles[status].pill}`}
    >
      {t(status)}
    </span>
  );
}

export function CallStatusPill({ status }: { status: CallStatus }) {
  const t = useTranslations("adminShell.callStatus");
  return (
    <span
      data-testid="admin-call-status"
      data-status={status}
      className={`${pillBase} ${callStatusStyles[status].pill}`}
    >
      {t(status)}
    </span>
  );
}
