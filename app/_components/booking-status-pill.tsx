// A booking's state as a pill: calling, waiting for the person's choice, confirming, booked, not booked, canceled.
import { useTranslations } from "next-intl";
import type { BookingView } from "@/lib/booking/booking-view";

// Each status is labelled bookingStatus.{status}.
const pills: Record<BookingView["status"], string> = {
  processing: "bg-indigo-50 text-indigo-700 ring-indigo-200",
  awaiting_choice: "bg-amber-50 text-amber-800 ring-amber-200",
  confirming: "bg-sky-50 text-sky-700 ring-sky-200",
  booked: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  failed: "bg-rose-50 text-rose-700 ring-rose-200",
  canceled: "bg-slate-100 text-slate-600 ring-slate-200",
};

export function BookingStatusPill({ status }: { status: BookingView["status"] }) {
  const t = useTranslations("bookingStatus");
  return (
    <span
      data-testid="booking-status"
      data-status={status}
      className={`inline-flex items-center rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset ${pills[status]}`}
    >
      {t(status)}
    </span>
  );
}
