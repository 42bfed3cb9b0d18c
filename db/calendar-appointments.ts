// The person's booked appointments as calendar entries need: read-only queries over bookings and providers.
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { BookingRequest } from "@/lib/intake/booking-request";
import { getDb } from "./client";
import { bookings, providers } from "./schema";

export interface BookedAppointment {
  bookingId: string;
  userId: string;
  request: BookingRequest;
  start: Date;
  end: Date;
  timeZone: string;
  providerName: string | null;
  providerAddress: string | null;
  providerPhone: string | null;
  latitude: number | null;
  longitude: number | null;
}

function selectAppointments() {
  return getDb()
    .select({
      bookingId: bookings.id,
      userId: bookings.userId,
      request: bookings.request,
      start: bookings.bookedSlotStart,
      end: bookings.bookedSlotEnd,
      timeZone: bookings.timeZone,
      providerName: providers.name,
      providerAddress: providers.address,
      providerPhone: providers.phone,
      latitude: providers.latitude,
      longitude: providers.longitude,
    })
    .from(bookings)
    .leftJoin(providers, eq(providers.id, bookings.bookedProviderId));
}

type AppointmentRow = Awaited<ReturnType<typeof selectAppointments>>[number];

const asAppointment = (row: AppointmentRow): BookedAppointment =>
  ({ ...row, request: row.request as BookingRequest }) as BookedAppointment;

const isBooked = and(
  eq(bookings.status, "booked"),
  isNotNull(bookings.bookedSlotStart),
  isNotNull(bookings.bookedSlotEnd),
);

/** The person's booked appointments, latest first (at most `limit`). */
export async function listBookedAppointments(userId: string, limit = 500): Promise<BookedAppointment[]> {
  const rows = await selectAppointments()
    .where(and(eq(bookings.userId, userId), isBooked))
    .orderBy(desc(bookings.bookedSlotStart))
    .limit(limit);
  return rows.map(asAppointment);
}

export async function getBookedAppointment(bookingId: string): Promise<BookedAppointment | undefined> {
  const [row] = await selectAppointments()
    .where(and(eq(bookings.id, bookingId), isBooked))
    .limit(1);
  return row ? asAppointment(row) : undefined;
}
