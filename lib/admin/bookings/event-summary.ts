// One line per call event for the admin timeline ("Dialed with twilio (redirected)", "Offered Tuesday 1 December
// at 09:00 — does not fit: outside the window"). Unknown event types (a new dialer's) still read sensibly.
import { describeSlot } from "@/lib/calls/call-brief";

type Payload = Record<string, unknown>;

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value : null;
const words = (value: unknown): string => String(value ?? "").replaceAll("_", " ");
const withReason = (head: string, reason: unknown): string =>
  text(reason) ? `${head}: ${text(reason)}` : head;

const progressLabels: Record<string, string> = {
  ringing: "Ringing",
  answered: "Answered",
  on_hold: "On hold",
};

export function describeCallEvent(type: string, payload: Payload, timeZone: string): string {
  const when = (iso: unknown) => (text(iso) ? describeSlot({ start: iso as string }, timeZone) : null);
  switch (type) {
    case "booking_created":
      return `Booking created (${words(payload.mode)} mode): ${payload.calls} call(s), ${payload.skipped} provider(s) skipped`;
    case "call_queued": {
      const at = when(payload.scheduled_for);
      const head = at ? `Scheduled for ${at}` : "Queued";
      const retry = text(payload.retry_of) ? ", retried by an administrator" : "";
      return `${head} (attempt ${payload.attempt ?? 1}, ${words(payload.purpose ?? "inquiry")}${retry})`;
    }
    case "call_dialed":
      return `Dialed with ${words(payload.dialer)}${payload.redirected ? " (redirected to the test number)" : ""}`;
    case "call_status": {
      const status = String(payload.status ?? "");
      if (status in progressLabels) return progressLabels[status];
      const at = when(payload.scheduled_for);
      return withReason(at ? `${words(status)} until ${at}` : words(status), payload.reason);
    }
    case "slot_offered": {
      const slot = when(payload.start) ?? "a slot";
      return payload.fits
        ? `Offered ${slot} — fits`
        : withReason(`Offered ${slot} — does not fit`, payload.reason);
    }
    case "call_ended":
      return withReason(`Ended: ${words(payload.status)}`, payload.reason);
    case "booking_status":
      return withReason(`Booking is now ${words(payload.status)}`, payload.reason);
    case "booking_booked": {
      const slot = payload.slot as { start?: string } | undefined;
      return `Booked ${when(slot?.start) ?? ""}`.trim();
    }
    case "warning":
      return `Warning: ${text(payload.message) ?? "(no message)"}`;
    // Hold-then-confirm (issue 8).
    case "hold_requested": {
      const slot = payload.slot as { start?: string } | undefined;
      return `Asked to hold ${when(slot?.start) ?? "a slot"} until ${when(payload.held_until) ?? "later"}`;
    }
    case "hold_agreed":
      return `Holding ${when(payload.slot_start) ?? "a slot"} until ${when(payload.held_until) ?? "later"}`;
    case "hold_declined":
      return `Did not agree to hold ${when(payload.slot_start) ?? "a slot"}`;
    case "hold_expired":
      return `Hold on ${when(payload.slot_start) ?? "a slot"} ran out at ${when(payload.held_until) ?? "its time"}`;
    case "appointment_canceled":
      return `The business cancelled the appointment on ${when((payload.slot as Payload | undefined)?.start) ?? "the booked slot"}`;
    case "appointment_moved":
      return `The business moved the appointment from ${when((payload.from as Payload | undefined)?.start) ?? "its slot"} to ${when((payload.to as Payload | undefined)?.start) ?? "a new slot"}`;
    case "call_handover":
      return payload.transferred
        ? `Handed over to the person at ${text(payload.to) ?? "their phone"}; they asked: “${text(payload.asked) ?? ""}”`
        : withReason(
            `Asked to speak with the person (“${text(payload.asked) ?? ""}”); not handed over`,
            payload.reason,
          );
    default: {
      const detail = JSON.stringify(payload);
      return detail === "{}"
        ? words(type)
        : `${words(type)}: ${detail.length > 200 ? `${detail.slice(0, 200)}…` : detail}`;
    }
  }
}
