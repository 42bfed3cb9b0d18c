// What the booking page and GET /api/booking/{id} say about the latest call that cancels or moves the booked
// appointment: under way, done ("cancelled by phone at …", with the call's transcript), the business unreachable
// after the retry policy's attempts (said plainly, with its number), or no slot in the new window (with the offer
// of a new search).
import type { Booking } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import type { Call } from "@/db/calls";
import type { Provider } from "@/db/providers";
import {
  sentence,
  sentenceTime,
  type Sentence,
  type SentenceKey,
  type SentenceTime,
} from "@/lib/sentences/sentence";
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
  /** What the person reads, in English (the API, logs)... */
  message: string;
  /** ...and as CallPilot wrote it, for the page to say in its language (lib/sentences). */
  message_sentence: Sentence;
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
  const when: SentenceTime | string = latest.targetSlot
    ? sentenceTime(latest.targetSlot.start, zone)
    : "the appointment";
  const windowText = latest.requestedWindow?.label ?? null;
  const phone = { hasPhone: provider.phone ? "yes" : "no", phone: provider.phone ?? "" };
  const about = { business: provider.name, when, kind };
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
    return {
      ...base,
      state: "cancelled",
      at: booking.appointmentCanceledAt.toISOString(),
      ...said("changeCancelledByPhone", { ...about, at: sentenceTime(booking.appointmentCanceledAt, zone) }),
    };
  }
  if (isUnfinished(latest, booking) || (kind === "cancellation" && latest.outcome?.appointment_canceled)) {
    return { ...base, state: "under_way", ...said("changeUnderWay", about) };
  }
  if (kind === "reschedule" && booking.bookedCallId === latest.id && booking.bookedSlotStart) {
    return {
      ...base,
      state: "moved",
      at: latest.endedAt?.toISOString() ?? null,
      ...said("changeMoved", { ...about, from: when, when: sentenceTime(booking.bookedSlotStart, zone) }),
    };
  }
  const handover = latest.outcome?.handover;
  if (handover) {
    return {
      ...base,
      state: handover.transferred ? "handed_over" : "wants_person",
      business_phone: provider.phone,
      ...(handover.transferred
        ? said("changeHandedOver", about)
        : said("changeWantsPerson", { ...about, asked: handover.asked, ...phone })),
    };
  }
  if (unreachableStatuses.has(latest.status)) {
    return {
      ...base,
      state: "unreachable",
      business_phone: provider.phone,
      ...said("changeUnreachable", { ...about, attempts: latest.attempt, ...phone }),
    };
  }
  if (kind === "reschedule") {
    return {
      ...base,
      state: "nothing_in_window",
      business_phone: provider.phone,
      can_search_again: booking.status === "booked",
      ...said("changeNothingInWindow", {
        ...about,
        hasWindow: windowText ? "yes" : "no",
        window: windowText ?? "",
      }),
    };
  }
  const reason = latest.failureSentence ?? latest.failureReason;
  return {
    ...base,
    state: "refused",
    business_phone: provider.phone,
    ...said("changeRefused", { ...about, hasReason: reason ? "yes" : "no", reason: reason ?? "", ...phone }),
  };
}

/** The view's message: its English text and the sentence the page says in its language. */
function said(key: SentenceKey, values: Parameters<typeof sentence>[1]) {
  const written = sentence(key, values);
  return { message: written.text, message_sentence: written.sentence };
}

async function transcriptOf(call: Call): Promise<AppointmentChangeView["transcript"]> {
  const events = await listCallEventsForCall(call.id);
  return events.flatMap((event) => (event.type === "transcript" ? [event.payload] : []));
}
