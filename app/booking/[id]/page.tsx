// /booking/{id} – the live booking: every provider's call as it happens, the ranked offers and the booked slot.
import type { Metadata } from "next";
import { LiveBooking } from "./live-booking";

export const metadata: Metadata = { title: "Live booking" };

export default async function BookingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <LiveBooking bookingId={id} />;
}
