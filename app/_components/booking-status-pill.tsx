// A booking's state as a pill: calling, waiting for the person's choice, confirming, booked, not booked, canceled.
import type { BookingView } from "@/lib/booking/booking-view";

const pills: Record<BookingView["status"], { label: string; style: string }> = {
  processing: { label: "Calling providers", style: "bg-indigo-50 text-indigo-700 ring-indigo-200" },
  awaiting_choice: { label: "Waiting for your choice", style: "bg-amber-50 text-amber-800 ring-amber-200" },
  confirming: { label: "Confirming your choice", style: "bg-sky-50 text-sky-700 ring-sky-200" },
  booked: { label: "Booked", style: "bg-emerald-50 text-emerald-700 ring-emerald-200" },
  failed: { label: "Not booked", style: "bg-rose-50 text-rose-700 ring-rose-200" },
  canceled: { label: "Canceled", style: "bg-slate-100 text-slate-600 ring-slate-200" },
};

export function BookingStatusPill({ status }: { status: BookingView["status"] }) {
  const pill = pills[status];
  return (
    <span
      data-testid="booking-status"
      data-status={status}
      className={`inline-flex items-center rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset ${pill.style}`}
    >
      {pill.label}
    </span>
  );
}
