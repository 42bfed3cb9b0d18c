// What an agent needs to know for one call, in the business's time zone and language: who, what, when the client
// is free. Every dialer renders it (simulated lines, ElevenLabs dynamic variables, Twilio's TwiML script).
import { DateTime } from "luxon";
import type { Booking } from "@/db/bookings";
import type { Call } from "@/db/calls";
import type { Provider } from "@/db/providers";
import type { CallPurpose } from "@/db/schema";
import { serviceLabels, type ServiceType, type TimeOfDay } from "@/lib/intake/booking-request";
import type { Slot } from "@/lib/booking/slot";
import { getConfig } from "@/lib/config";
import { providerLanguage, type CallLanguage } from "@/lib/providers/provider-language";
import { spokenPersonName } from "@/prompts/disclosure";
import { spokenLines } from "@/prompts/languages/spoken-lines";
import { handoverDecisionFor, handoverNotOffered, type HandoverDecision } from "./handover";
import { personDetailsFor, type PersonDetail } from "./questions/person-details";

export interface CallBrief {
  callId: string;
  bookingId: string;
  purpose: CallPurpose;
  mode: "auto" | "review";
  business: { id: string; name: string; phone: string; timeZone: string; country?: string };
  /** The language the call is made in: the business's (issue 17); absent: English. Dates below are written in it. */
  language?: CallLanguage;
  personName: string;
  serviceType: ServiceType;
  serviceLabel: string;
  window: { start: string; end: string } | null;
  timeOfDay: TimeOfDay | null;
  /** The client's availability as a person would say it, in the business's zone: "Mon 30 Nov – Fri 4 Dec, 08:00–12:00". */
  windowsText: string;
  partySize: number | null;
  notes: string | null;
  /** The slot a confirmation call must book; the booked appointment a cancellation or reschedule call is about. */
  targetSlot: Slot | null;
  targetSlotText: string | null;
  /** A reschedule call: the person's new window as spoken ("Thu 10 Dec – Fri 11 Dec, 12:00–17:00"); else null. */
  newWindowText?: string | null;
  /** CALL_RECORDING is on: the agent says the call may be recorded. */
  recorded: boolean;
  /** Details the person pre-filled (insurance, date of birth...), given as data so the agent need not ask them. */
  personDetails?: PersonDetail[];
  /** Whether the agent may put the business through to the person if it insists, and to which number (issue 16); absent: never. */
  handover?: HandoverDecision;
}

export function buildCallBrief(
  booking: Booking,
  call: Call,
  provider: Provider,
  recorded: boolean = getConfig().CALL_RECORDING,
  personDetails: PersonDetail[] = [],
  handover: HandoverDecision = handoverNotOffered,
): CallBrief {
  const request = booking.request;
  const zone = provider.timeZone;
  const language = providerLanguage(provider);
  // A reschedule call looks for a slot in the person's new window, not the one the appointment was first booked in.
  const moveTo = call.purpose === "reschedule" ? call.requestedWindow : null;
  const window = moveTo ? { start: moveTo.start, end: moveTo.end } : request.window;
  const timeOfDay = moveTo ? moveTo.time_of_day : request.time_of_day;
  return {
    callId: call.id,
    bookingId: booking.id,
    purpose: call.purpose,
    mode: booking.mode,
    business: {
      id: provider.id,
      name: provider.name,
      phone: provider.phone ?? "",
      timeZone: zone,
      country: provider.country,
    },
    language,
    // Said in the disclosure and on the whole call: only what reads as a name is kept (prompts/disclosure.ts).
    personName: spokenPersonName(request.client_name, language),
    serviceType: request.service_type!,
    serviceLabel: serviceLabels[request.service_type!],
    window,
    timeOfDay,
    windowsText: describeAvailability(window, timeOfDay, zone, language),
    partySize: request.party_size,
    notes: request.notes,
    targetSlot: call.targetSlot,
    targetSlotText: call.targetSlot ? describeSlot(call.targetSlot, zone, language) : null,
    newWindowText: moveTo ? describeAvailability(window, timeOfDay, zone, language) : null,
    recorded,
    personDetails,
    handover,
  };
}

/** The brief a dialer gets: with the person's pre-filled details (issue 8) and whether a hand-over is allowed now. */
export async function briefForCall(
  booking: Booking,
  call: Call,
  provider: Provider,
  now: Date,
): Promise<CallBrief> {
  const [details, handover] = await Promise.all([
    personDetailsFor(booking.userId),
    handoverDecisionFor(booking.userId, now),
  ]);
  return buildCallBrief(booking, call, provider, undefined, details, handover);
}

/** The call's language, English when the brief names none (briefs built before issue 17, tests). */
export function callLanguageOf(brief: Pick<CallBrief, "language">): CallLanguage {
  return brief.language ?? "en";
}

export function describeAvailability(
  window: { start: string; end: string } | null,
  timeOfDay: TimeOfDay | null,
  timeZone: string,
  language: CallLanguage = "en",
): string {
  const lines = spokenLines(language);
  const hours = timeOfDay ? `, ${timeOfDay.start}–${timeOfDay.end}` : "";
  if (!window) return `${lines.anyTimeSoon}${hours}`;
  const start = DateTime.fromISO(window.start, { zone: timeZone, locale: language });
  // The window's end is exclusive; people name the last day they are free.
  const lastDay = DateTime.fromISO(window.end, { zone: timeZone, locale: language }).minus({
    milliseconds: 1,
  });
  const days = start.hasSame(lastDay, "day")
    ? start.toFormat(lines.dayFormat)
    : `${start.toFormat(lines.dayFormat)} – ${lastDay.toFormat(lines.dayFormat)}`;
  return `${days}${hours}`;
}

/** "Monday 30 November at 09:00", or in the call's language: "lundi 30 novembre à 09h00". */
export function describeSlot(
  slot: { start: string },
  timeZone: string,
  language: CallLanguage = "en",
): string {
  return DateTime.fromISO(slot.start, { zone: timeZone, locale: language }).toFormat(
    spokenLines(language).slotFormat,
  );
}
