// The booking request most unit tests reason about: a dentist in Cambridge MA, the week of 30 November 2026,
// mornings, for Sam Lee.
import type { BookingRequest } from "@/lib/intake/booking-request";

export const dentistMorningsRequest: BookingRequest = {
  service_type: "dentist",
  location: "Cambridge MA",
  timeframe: "next week",
  window: { start: "2026-11-30T00:00:00-05:00", end: "2026-12-07T00:00:00-05:00" },
  preferred_time: "mornings",
  time_of_day: { start: "08:00", end: "12:00" },
  party_size: null,
  client_name: "Sam Lee",
  notes: null,
};
