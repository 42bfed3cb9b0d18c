// /booking/{id} – the live booking: every provider's call as it happens, the ranked offers and the booked slot. The
// first response already carries the calls, their transcripts so far and the results; the browser then follows the
// live stream from exactly there.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getCaller } from "@/lib/auth/session";
import { getBookingSnapshot } from "@/lib/booking/booking-snapshot";
import { ownedOrNotFound } from "@/app/_components/owned-or-not-found";
import { LiveBooking } from "./live-booking";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("booking") };
}

export default async function BookingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Without a session no booking can be this browser's: the same 404 as another person's booking.
  const caller = await getCaller(await headers());
  if (!caller) notFound();
  const snapshot = await ownedOrNotFound(() => getBookingSnapshot(id, caller.userId));
  return <LiveBooking snapshot={snapshot} />;
}
