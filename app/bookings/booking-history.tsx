// Loads GET /api/bookings and lists each booking with its state and, once booked, the provider and time.
"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { BookingSummary } from "@/lib/booking/booking-history";
import { apiRequest, messageOf } from "@/app/_components/api-request";
import { BookingHistoryItem } from "./booking-history-item";

export function BookingHistory() {
  const [bookings, setBookings] = useState<BookingSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    apiRequest<{ bookings: BookingSummary[] }>("/api/bookings")
      .then((body) => current && setBookings(body.bookings))
      .catch((failure: unknown) => current && setError(messageOf(failure)));
    return () => {
      current = false;
    };
  }, []);

  if (error) {
    return (
      <p role="alert" className="rounded-xl bg-rose-50 px-4 py-3 text-sm text-rose-700">
        {error}
      </p>
    );
  }
  if (!bookings) {
    return (
      <div className="space-y-3" aria-label="Loading bookings">
        {[0, 1, 2].map((index) => (
          <div key={index} className="h-20 animate-pulse rounded-2xl bg-slate-200/60" />
        ))}
      </div>
    );
  }
  if (bookings.length === 0) {
    return (
      <div
        className="rounded-2xl border border-dashed border-slate-300 bg-white p-10 text-center"
        data-testid="no-bookings"
      >
        <p className="font-medium text-slate-800">No bookings yet</p>
        <p className="mt-1 text-sm text-slate-500">
          Tell CallPilot what you need and it will call around for you.
        </p>
        <Link
          href="/chat"
          className="mt-4 inline-flex rounded-xl bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-500"
        >
          Start a request
        </Link>
      </div>
    );
  }
  return (
    <ul className="space-y-3" data-testid="booking-history">
      {bookings.map((booking) => (
        <BookingHistoryItem key={booking.booking_id} booking={booking} />
      ))}
    </ul>
  );
}
