// What a booked appointment looks like in someone's calendar, the same in the private feed and in Google Calendar
// (and with the same UID as the single .ics download, so calendars recognise it as one event).
import type { BookedAppointment } from "@/db/calendar-appointments";
import { serviceLabels } from "@/lib/intake/booking-request";

export interface AppointmentEntry {
  uid: string;
  title: string;
  location: string | undefined;
  description: string;
  start: Date;
  end: Date;
  timeZone: string;
  geo: { lat: number; lon: number } | undefined;
}

export function appointmentEntry(appointment: BookedAppointment): AppointmentEntry {
  const { request } = appointment;
  const service = request.service_type ? serviceLabels[request.service_type] : "appointment";
  const where = appointment.providerName ? ` at ${appointment.providerName}` : "";
  return {
    uid: `${appointment.bookingId}@callpilot`,
    title: `${service.charAt(0).toUpperCase()}${service.slice(1)}${where}`,
    location: appointment.providerAddress || undefined,
    description: [
      `Booked by CallPilot for ${request.client_name ?? "you"}.`,
      request.party_size ? `Party of ${request.party_size}.` : null,
      appointment.providerPhone ? `Phone: ${appointment.providerPhone}` : null,
      request.notes ? `Notes: ${request.notes}` : null,
    ]
      .filter(Boolean)
      .join("\n"),
    start: appointment.start,
    end: appointment.end,
    timeZone: appointment.timeZone,
    geo:
      appointment.latitude !== null && appointment.longitude !== null
        ? { lat: appointment.latitude, lon: appointment.longitude }
        : undefined,
  };
}
