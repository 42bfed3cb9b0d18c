// Decides what a booking becomes once none of its calls is still running: offers to choose from, or nothing found.
import { getBooking, transitionBooking } from "@/db/bookings";
import { listCallsForBooking } from "@/db/calls";
import type { Clock } from "@/lib/clock";
import { settleHoldRequestsOfEndedCalls } from "./holds";

const running = new Set(["queued", "dialing", "in_progress"]);

export async function settleBooking(bookingId: string, clock: Clock): Promise<void> {
  const booking = await getBooking(bookingId);
  if (!booking || (booking.status !== "processing" && booking.status !== "confirming")) return;
  const calls = await listCallsForBooking(bookingId);
  if (calls.some((call) => running.has(call.status))) return;
  const now = clock.now();

  if (booking.status === "confirming") {
    const confirmation = calls.filter((call) => call.purpose === "confirmation").at(-1);
    // A confirmation call waiting for the business to open (rescheduled by the dispatcher) is still on its way.
    if (confirmation?.status === "scheduled") return;
    await transitionBooking({
      bookingId,
      from: ["confirming"],
      to: "awaiting_choice",
      reason: `The confirmation call did not book the appointment${confirmation?.failureReason ? `: ${confirmation.failureReason}` : "."} Choose again or try another provider.`,
      now,
    });
    return;
  }

  const fittingOffers = calls.flatMap((call) => call.offeredSlots.filter((slot) => slot.fits));
  if (fittingOffers.length > 0) {
    await settleHoldRequestsOfEndedCalls(calls, now);
    const reason =
      booking.mode === "review"
        ? "Choose one of the offers to book it."
        : "No provider could book automatically; choose one of the offers to book it.";
    await transitionBooking({ bookingId, from: ["processing"], to: "awaiting_choice", reason, now });
    return;
  }
  const waiting = calls.filter((call) => call.status === "scheduled").length;
  if (waiting > 0) return;
  const offeredOutside = calls.some((call) => call.offeredSlots.length > 0);
  await transitionBooking({
    bookingId,
    from: ["processing"],
    to: "failed",
    reason: offeredOutside
      ? "The providers only offered times outside your availability. Widen your dates or times and try again."
      : "No provider could offer a slot. Try other dates, a wider area, or more providers.",
    now,
  });
}
