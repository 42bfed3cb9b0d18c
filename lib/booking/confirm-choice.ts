// The person chooses a provider's offer (review mode, or auto mode when nothing could be booked automatically):
// a confirmation call books it, under the same booking lock as every other call. The call counts against the
// person's calls for the day like any other; none is queued once they are used up.
import { getBookingForUser, startConfirmation, type Booking } from "@/db/bookings";
import { listCallsForBooking } from "@/db/calls";
import { UsageLimitReached } from "@/db/usage-counters";
import type { Clock } from "@/lib/clock";
import { conflict, notFound } from "@/lib/errors";
import { limitReachedError, limitsFor, personCallCharge } from "@/lib/guardrails/limits";
import { newId } from "@/lib/ids";
import { markExpiredHoldOnChoice } from "./holds";
import { bestOffer } from "./ranking";
import { getConfig } from "@/lib/config";
import { getProvider } from "@/db/providers";
import { sentence } from "@/lib/sentences/sentence";

export interface ConfirmResult {
  booking_id: string;
  status: "confirming" | "booked";
  provider_id: string;
  slot: { start: string; end: string };
}

export async function confirmChoice(
  input: { userId: string; bookingId: string; providerId: string; slotStart?: string },
  clock: Clock,
): Promise<{ result: ConfirmResult; callQueued: boolean }> {
  const booking = await getBookingForUser(input.bookingId, input.userId);
  if (!booking) throw notFound(sentence("errorBookingNotFound"));
  const calls = await listCallsForBooking(booking.id);

  const alreadyChosen = currentChoice(booking, calls);
  if (alreadyChosen) {
    if (alreadyChosen.providerId !== input.providerId) {
      throw conflict(
        sentence(booking.status === "booked" ? "errorAlreadyBookedChooseAgain" : "errorOfferBeingConfirmed"),
      );
    }
    return { result: { ...alreadyChosen.result, booking_id: booking.id }, callQueued: false };
  }
  if (booking.status === "canceled" || booking.status === "failed") {
    throw conflict(sentence("errorBookingClosed", { status: booking.status }));
  }

  const providerCalls = calls.filter((call) => call.providerId === input.providerId);
  if (providerCalls.length === 0) throw notFound(sentence("errorProviderNotOnBooking"));
  const provider = await getProvider(input.providerId);
  if (!provider) throw notFound(sentence("errorProviderNotFound"));
  const offers = providerCalls.flatMap((call) => call.offeredSlots).filter((slot) => slot.fits);
  const chosen = input.slotStart
    ? offers.find((slot) => Date.parse(slot.start) === Date.parse(input.slotStart!))
    : bestOffer(offers, {
        request: booking.request,
        timeZone: booking.timeZone,
        radiusKm: getConfig().MAX_PROVIDER_DISTANCE_KM,
        rating: provider.rating,
        distanceKm: providerCalls[0].distanceKm,
      })?.slot;
  if (!chosen) throw conflict(sentence("errorNoFittingOffer", { business: provider.name }));

  // A hold that ran out is marked (the person sees it); the confirmation call asks the business again either way.
  await markExpiredHoldOnChoice(booking.id, provider.id, chosen.start, clock);
  const now = clock.now();
  const limits = await limitsFor(booking.userId);
  const started = await startConfirmation({
    bookingId: booking.id,
    from: ["processing", "awaiting_choice"],
    call: {
      id: newId("call"),
      providerId: provider.id,
      userId: booking.userId,
      distanceKm: providerCalls[0].distanceKm,
      targetSlot: { start: chosen.start, end: chosen.end },
    },
    charges: [personCallCharge(booking.userId, limits, now)],
    now,
  }).catch((error: unknown) => {
    throw error instanceof UsageLimitReached ? limitReachedError(error, now) : error;
  });
  if (!started) {
    // Someone (a concurrent request, an auto-mode call) moved the booking first: answer from what it is now.
    return confirmChoice(input, clock);
  }
  return {
    result: {
      booking_id: booking.id,
      status: "confirming",
      provider_id: provider.id,
      slot: { start: chosen.start, end: chosen.end },
    },
    callQueued: true,
  };
}

function currentChoice(
  booking: Booking,
  calls: Awaited<ReturnType<typeof listCallsForBooking>>,
): { providerId: string; result: Omit<ConfirmResult, "booking_id"> } | null {
  if (
    booking.status === "booked" &&
    booking.bookedProviderId &&
    booking.bookedSlotStart &&
    booking.bookedSlotEnd
  ) {
    return {
      providerId: booking.bookedProviderId,
      result: {
        status: "booked",
        provider_id: booking.bookedProviderId,
        slot: { start: booking.bookedSlotStart.toISOString(), end: booking.bookedSlotEnd.toISOString() },
      },
    };
  }
  if (booking.status === "confirming") {
    const confirmation = calls.filter((call) => call.purpose === "confirmation").at(-1);
    if (confirmation?.targetSlot) {
      return {
        providerId: confirmation.providerId,
        result: { status: "confirming", provider_id: confirmation.providerId, slot: confirmation.targetSlot },
      };
    }
  }
  return null;
}
