// The person cancels their request while CallPilot is still calling: nothing waiting is dialed any more, and an
// agent still on a call is told by its next tool answer to apologise and end without booking. Businesses that agreed
// to hold a slot hear that it is not needed: a reaction to the cancellation's event (lib/call-event-reactions.ts).
import { cancelBookingWithCalls } from "@/db/booking-cancellation";
import { getBookingForUser } from "@/db/bookings";
import type { Clock } from "@/lib/clock";
import { conflict, notFound } from "@/lib/errors";
import { sentence } from "@/lib/sentences/sentence";

export async function cancelBooking(
  input: { userId: string; bookingId: string },
  clock: Clock,
): Promise<{ status: "canceled"; canceled_call_ids: string[] }> {
  const booking = await getBookingForUser(input.bookingId, input.userId);
  if (!booking) throw notFound(sentence("errorBookingNotFound"));
  if (booking.status === "canceled") return { status: "canceled", canceled_call_ids: [] };
  const canceled = await cancelBookingWithCalls({
    bookingId: booking.id,
    userId: input.userId,
    reason: sentence("statusYouCancelled"),
    now: clock.now(),
  });
  if (canceled === null) {
    throw conflict(
      booking.status === "booked"
        ? sentence("errorAlreadyBookedCallBusiness")
        : sentence("errorNoLongerCancellable", { status: booking.status }),
    );
  }
  return { status: "canceled", canceled_call_ids: canceled };
}
