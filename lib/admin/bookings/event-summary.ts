// One line per call event for the admin timeline ("Dialed with twilio (redirected)", "Offered Tuesday 1 December
// at 09:00 — does not fit: outside the window"), written as a sentence (lib/sentences) so the admin area says it in
// its language; a reason carried in the event is quoted as it was written. Unknown event types (a new dialer's)
// still read sensibly, in English.
import {
  sentence,
  sentenceTime,
  writtenElsewhere,
  type SentenceKey,
  type SentenceValue,
  type StoredReason,
  type WrittenSentence,
} from "@/lib/sentences/sentence";

type Payload = Record<string, unknown>;

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value : null;
const words = (value: unknown): string => String(value ?? "").replaceAll("_", " ");

const progressKeys: Record<string, SentenceKey> = {
  ringing: "timelineRinging",
  answered: "timelineAnswered",
  on_hold: "timelineOnHold",
};

export function describeCallEvent(type: string, payload: Payload, timeZone: string): StoredReason {
  /** A time in the event, in the business's zone; `instead` when the event has none. */
  const when = (iso: unknown, instead: string): SentenceValue =>
    text(iso) ? sentenceTime(iso as string, timeZone) : instead;
  const withReason = (head: WrittenSentence, reason: unknown): WrittenSentence =>
    text(reason) ? sentence("timelineWithReason", { head, reason: text(reason)! }) : head;
  const callStatus = (status: unknown) => sentence("wordCallStatus", { status: String(status ?? "") });
  const queued = () => ({
    attempt: Number(payload.attempt ?? 1),
    purpose: String(payload.purpose ?? "inquiry"),
    retried: text(payload.retry_of) ? "yes" : "no",
  });
  switch (type) {
    case "booking_created":
      return sentence("timelineBookingCreated", {
        mode: String(payload.mode ?? ""),
        calls: Number(payload.calls ?? 0),
        skipped: Number(payload.skipped ?? 0),
      });
    case "call_queued":
      return text(payload.scheduled_for)
        ? sentence("timelineScheduled", { at: when(payload.scheduled_for, ""), ...queued() })
        : sentence("timelineQueued", queued());
    case "call_dialed":
      return sentence("timelineDialed", {
        dialer: words(payload.dialer),
        redirected: payload.redirected ? "yes" : "no",
      });
    case "call_status": {
      const status = String(payload.status ?? "");
      if (status in progressKeys) return sentence(progressKeys[status]);
      const head = text(payload.scheduled_for)
        ? sentence("timelineStatusUntil", { status: callStatus(status), at: when(payload.scheduled_for, "") })
        : sentence("timelineStatus", { status: callStatus(status) });
      return withReason(head, payload.reason);
    }
    case "slot_offered": {
      const slot = when(payload.start, "a slot");
      return payload.fits
        ? sentence("timelineOfferedFits", { when: slot })
        : withReason(sentence("timelineOfferedMisfit", { when: slot }), payload.reason);
    }
    case "call_ended":
      return withReason(sentence("timelineEnded", { status: callStatus(payload.status) }), payload.reason);
    case "booking_status":
      return withReason(
        sentence("timelineBookingStatus", {
          status: sentence("wordBookingStatus", { status: String(payload.status ?? "") }),
        }),
        payload.reason,
      );
    case "booking_booked":
      return sentence("timelineBooked", { when: when((payload.slot as Payload | undefined)?.start, "") });
    case "warning":
      return sentence("timelineWarning", { message: text(payload.message) ?? "(no message)" });
    // Hold-then-confirm (issue 8).
    case "hold_requested":
      return sentence("timelineHoldRequested", {
        when: when((payload.slot as Payload | undefined)?.start, "a slot"),
        until: when(payload.held_until, "later"),
      });
    case "hold_agreed":
      return sentence("timelineHoldAgreed", {
        when: when(payload.slot_start, "a slot"),
        until: when(payload.held_until, "later"),
      });
    case "hold_declined":
      return sentence("timelineHoldDeclined", { when: when(payload.slot_start, "a slot") });
    case "hold_expired":
      return sentence("timelineHoldExpired", {
        when: when(payload.slot_start, "a slot"),
        until: when(payload.held_until, "its time"),
      });
    case "appointment_canceled":
      return sentence("timelineAppointmentCanceled", {
        when: when((payload.slot as Payload | undefined)?.start, "the booked slot"),
      });
    case "appointment_moved":
      return sentence("timelineAppointmentMoved", {
        from: when((payload.from as Payload | undefined)?.start, "its slot"),
        when: when((payload.to as Payload | undefined)?.start, "a new slot"),
      });
    case "call_handover":
      return payload.transferred
        ? sentence("timelineHandedOver", {
            to: text(payload.to) ?? "their phone",
            asked: text(payload.asked) ?? "",
          })
        : withReason(sentence("timelineNotHandedOver", { asked: text(payload.asked) ?? "" }), payload.reason);
    default: {
      const detail = JSON.stringify(payload);
      return writtenElsewhere(
        detail === "{}"
          ? words(type)
          : `${words(type)}: ${detail.length > 200 ? `${detail.slice(0, 200)}…` : detail}`,
      );
    }
  }
}
