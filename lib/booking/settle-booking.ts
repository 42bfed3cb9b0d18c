// Decides what a booking becomes once none of its calls is still running: offers to choose from, or nothing found.
import { getBooking, transitionBooking } from "@/db/bookings";
import { listCallsForBooking } from "@/db/calls";
import type { Clock } from "@/lib/clock";
import { sentence } from "@/lib/sentences/sentence";
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
      // The call's reason is quoted as CallPilot wrote it, so the page says both in its language; a reason from
      // elsewhere (the ElevenLabs agent's) is quoted as written.
      reason: confirmation?.failureReason
        ? sentence("statusConfirmationNotBookedBecause", {
            failure: confirmation.failureSentence ?? confirmation.failureReason,
          })
        : sentence("statusConfirmationNotBooked"),
      now,
    });
    return;
  }

  const fittingOffers = calls.flatMap((call) => call.offeredSlots.filter((slot) => slot.fits));
  if (fittingOffers.length > 0) {
    await settleHoldRequestsOfEndedCalls(calls, now);
    const reason = sentence(booking.mode === "review" ? "statusChooseOffer" : "statusNoAutoBooking");
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
    reason: sentence(offeredOutside ? "statusOnlyOutsideAvailability" : "statusNoSlot"),
    now,
  });
}
