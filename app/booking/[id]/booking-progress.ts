// Where a booking's calls stand: which call statuses are over, how many calls finished, whether anything can change.
import type { BookingView, ProviderResult } from "@/lib/booking/booking-view";

type CallStatus = ProviderResult["call_status"];

const endedStatuses: readonly CallStatus[] = [
  "completed",
  "no_answer",
  "busy",
  "voicemail",
  "failed",
  "canceled",
];
const settledBookingStatuses: readonly BookingView["status"][] = ["booked", "failed", "canceled"];

export function isCallOver(status: CallStatus): boolean {
  return endedStatuses.includes(status);
}

export function isCallLive(status: CallStatus): boolean {
  return status === "dialing" || status === "in_progress";
}

export function finishedCallCount(view: BookingView): number {
  return view.results.filter((result) => isCallOver(result.call_status)).length;
}

/**
 * Nothing more will happen: the booking reached an end, every call is over, and no cancellation or move is still
 * being applied (a cancellation call ends before its reaction cancels the booking, so "booked" with every call over
 * is not the end while the change reads as under way).
 */
export function isBookingSettled(view: BookingView): boolean {
  return (
    settledBookingStatuses.includes(view.status) &&
    view.results.every((result) => isCallOver(result.call_status)) &&
    view.appointment_change?.state !== "under_way"
  );
}
