// The booked appointment as an iCalendar file ("Add to calendar"), built with the ics package.
import { createEvent, type EventAttributes } from "ics";
import { getProvider } from "@/db/providers";
import { conflict } from "@/lib/errors";
import { serviceLabels, type BookingRequest } from "@/lib/intake/booking-request";
import type { Slot } from "./slot";
import { sentence } from "@/lib/sentences/sentence";

/** What the file needs of a booking (a BookingView is one); kept narrow so background work can build it too. */
export interface CalendarFileInput {
  booking_id: string;
  request: BookingRequest;
  booked: { provider_id: string; provider_name: string; slot: Slot; address: string } | null;
}

export async function bookingCalendarFile(
  view: CalendarFileInput,
): Promise<{ filename: string; content: string }> {
  if (!view.booked) throw conflict(sentence("errorNoCalendarEntry"));
  const provider = await getProvider(view.booked.provider_id);
  const title = appointmentTitle(view.request, view.booked.provider_name);
  const event: EventAttributes = {
    uid: `${view.booking_id}@callpilot`,
    start: Date.parse(view.booked.slot.start),
    startInputType: "utc",
    startOutputType: "utc",
    end: Date.parse(view.booked.slot.end),
    endInputType: "utc",
    endOutputType: "utc",
    title,
    location: view.booked.address,
    description: [
      `Booked by CallPilot for ${view.request.client_name ?? "you"}.`,
      view.request.party_size ? `Party of ${view.request.party_size}.` : null,
      provider?.phone ? `Phone: ${provider.phone}` : null,
      view.request.notes ? `Notes: ${view.request.notes}` : null,
    ]
      .filter(Boolean)
      .join("\n"),
    geo: provider ? { lat: provider.latitude, lon: provider.longitude } : undefined,
    status: "CONFIRMED",
    busyStatus: "BUSY",
    productId: "callpilot/ics",
    alarms: [{ action: "display", description: title, trigger: { hours: 1, before: true } }],
  };
  const { error, value } = createEvent(event);
  if (error || !value) throw error ?? new Error("ics produced no calendar");
  return { filename: `callpilot-${view.booking_id}.ics`, content: value };
}

/** "Dentist at Harbor Dental": the appointment's name in calendars and emails. */
export function appointmentTitle(request: BookingRequest, providerName: string): string {
  const service = request.service_type ? serviceLabels[request.service_type] : "appointment";
  return `${capitalise(service)} at ${providerName}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
