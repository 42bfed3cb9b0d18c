// What the booking page and GET /api/booking/{id} say about the latest call that cancels or moves the booked
// appointment: under way, done ("cancelled by phone at …", with the call's transcript), the business unreachable
// after the retry policy's attempts (said plainly, with its number), or no slot in the new window (with the offer
// of a new search).
import type { Booking } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import type { Call } from "@/db/calls";
import type { Provider } from "@/db/providers";
import { describeSlot } from "@/lib/calls/call-brief";
import { DateTime } from "luxon";
import { isUnfinished } from "./appointment-calls";

export interface AppointmentChangeView {
  kind: "cancellation" | "reschedule";
  state:
    | "under_way"
    | "cancelled"
    | "moved"
    | "wants_person"
    | "handed_over"
    | "unreachable"
    | "refused"
    | "nothing_in_window";
  call_id: string;
  /** The sentence the person reads. */
  message: string;
  business_name: string;
  /** Given whenever the person may need to phone the business themselves. */
  business_phone: string | null;
  /** When the business confirmed the cancellation or the move. */
  at: string | null;
  /** The person's new window, as spoken (a move). */
  window_text: string | null;
  /** Nothing in the new window: the person may start a new search for it (lib/booking/replacement-search.ts). */
  can_search_again: boolean;
  transcript: Array<{ role: "agent" | "business" | "system"; text: string }>;
}

const unreachableStatuses = new Set(["no_answer", "busy", "voicemail", "failed"]);

export async function appointmentChangeView(
  booking: Booking,
  calls: readonly Call[],
  provider: Provider | undefined,
): Promise<AppointmentChangeView | null> {
  const changes = calls.filter((call) => call.purpose === "cancellation" || call.purpose === "reschedule");
  const latest = changes.at(-1);
  if (!latest || !provider) return null;
  const kind = latest.purpose as "cancellation" | "reschedule";
  const zone = provider.timeZone;
  const appointment = latest.targetSlot ? describeSlot(latest.targetSlot, zone) : "the appointment";
  const windowText = latest.requestedWindow?.label ?? null;
  const base = {
    kind,
    call_id: latest.id,
    business_name: provider.name,
    business_phone: null as string | null,
    at: null as string | null,
    window_text: windowText,
    can_search_again: false,
    transcript: await transcriptOf(latest),
  };

  if (kind === "cancellation" && booking.appointmentCanceledAt) {
    const at = DateTime.fromJSDate(booking.appointmentCanceledAt, { zone }).toFormat(
      "cccc d LLLL 'at' HH:mm",
    );
    return {
      ...base,
      state: "cancelled",
      at: booking.appointmentCanceledAt.toISOString(),
      message: `Cancelled by phone at ${at}: ${provider.name} confirmed that the appointment on ${appointment} is cancelled.`,
    };
  }
  if (isUnfinished(latest, booking) || (kind === "cancellation" && latest.outcome?.appointment_canceled)) {
    const what = kind === "cancellation" ? "cancel" : "move";
    return {
      ...base,
      state: "under_way",
      message: `CallPilot is phoning ${provider.name} to ${what} the appointment on ${appointment}.`,
    };
  }
  if (kind === "reschedule" && booking.bookedCallId === latest.id && booking.bookedSlotStart) {
    const now = describeSlot({ start: booking.bookedSlotStart.toISOString() }, zone);
    return {
      ...base,
      state: "moved",
      at: latest.endedAt?.toISOString() ?? null,
      message: `Moved by phone: ${provider.name} agreed to move the appointment from ${appointment} to ${now}.`,
    };
  }
  const handover = latest.outcome?.handover;
  if (handover) {
    const what = kind === "cancellation" ? "cancelling" : "moving";
    return {
      ...base,
      state: handover.transferred ? "handed_over" : "wants_person",
      business_phone: provider.phone,
      message: handover.transferred
        ? `${provider.name} wanted to speak with you directly about ${what} the appointment on ${appointment}, and the call was put through to you. Whatever you agreed with them stands; CallPilot has not changed the appointment.`
        : `${provider.name} wants to speak with you directly about ${what} the appointment on ${appointment} (they said: “${handover.asked}”). Please call them${provider.phone ? ` on ${provider.phone}` : ""}; the appointment is unchanged until then.`,
    };
  }
  if (unreachableStatuses.has(latest.status)) {
    const what = kind === "cancellation" ? "cancelled" : "moved";
    return {
      ...base,
      state: "unreachable",
      business_phone: provider.phone,
      message: `CallPilot could not reach ${provider.name} after ${latest.attempt} ${latest.attempt === 1 ? "try" : "tries"}, so the appointment on ${appointment} is not ${what}. Please call them${provider.phone ? ` on ${provider.phone}` : ""}.`,
    };
  }
  if (kind === "reschedule") {
    return {
      ...base,
      state: "nothing_in_window",
      business_phone: provider.phone,
      can_search_again: booking.status === "booked",
      message: `${provider.name} had nothing ${windowText ?? "in your new window"}, so your appointment on ${appointment} is unchanged. CallPilot can look for a new appointment in that window with other businesses, and cancels this one only once a new one is booked.`,
    };
  }
  return {
    ...base,
    state: "refused",
    business_phone: provider.phone,
    message: `${provider.name} did not confirm the cancellation${latest.failureReason ? ` (${latest.failureReason})` : ""}. Your appointment on ${appointment} may still stand; please call them${provider.phone ? ` on ${provider.phone}` : ""}.`,
  };
}

async function transcriptOf(call: Call): Promise<AppointmentChangeView["transcript"]> {
  const events = await listCallEventsForCall(call.id);
  return events.flatMap((event) => (event.type === "transcript" ? [event.payload] : []));
}
