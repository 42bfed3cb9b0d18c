// A person's bookings, newest first, summarised for the history page.
import { listBookingsForUser } from "@/db/bookings";
import { getProvidersByIds } from "@/db/providers";
import type { BookingStatus } from "@/db/schema";
import type { BookingRequest } from "@/lib/intake/booking-request";

export interface BookingSummary {
  booking_id: string;
  status: BookingStatus;
  mode: "auto" | "review";
  /** The zone the booking's times mean (the requested place's). */
  time_zone: string;
  request: BookingRequest;
  created_at: string;
  booked_provider_name: string | null;
  booked_slot: { start: string; end: string } | null;
}

export async function listBookingHistory(userId: string): Promise<BookingSummary[]> {
  const bookings = await listBookingsForUser(userId);
  const providerIds = bookings.map((b) => b.bookedProviderId).filter((id): id is string => id !== null);
  const names = new Map((await getProvidersByIds(providerIds)).map((p) => [p.id, p.name]));
  return bookings.map((booking) => ({
    booking_id: booking.id,
    status: booking.status,
    mode: booking.mode,
    time_zone: booking.timeZone,
    request: booking.request,
    created_at: booking.createdAt.toISOString(),
    booked_provider_name: booking.bookedProviderId ? (names.get(booking.bookedProviderId) ?? null) : null,
    booked_slot:
      booking.bookedSlotStart && booking.bookedSlotEnd
        ? { start: booking.bookedSlotStart.toISOString(), end: booking.bookedSlotEnd.toISOString() }
        : null,
  }));
}
