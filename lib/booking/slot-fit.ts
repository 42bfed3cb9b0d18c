// Does an offered slot fit the person? Inside their window, at their preferred time of day, in the future, and
// clear of their other appointments. Pure, so check_availability, ranking and ingestion agree on every verdict.
import type { BookingRequest } from "@/lib/intake/booking-request";
import { isWithinClockRange } from "@/lib/providers/opening-hours";
import { sentence, type Sentence, type WrittenSentence } from "@/lib/sentences/sentence";
import { overlaps } from "./slot";

export interface SlotVerdict {
  fits: boolean;
  /** Inside the window and the preferred time of day (a slot can be inside the window and still miss the time of day). */
  insideWindow: boolean;
  atPreferredTime: boolean;
  /** A sentence naming the first reason it does not fit; null when it fits. */
  reason: string | null;
  /** The same reason for the person's page, in their language (lib/sentences). */
  reasonSentence: Sentence | null;
}

/** The labels lib/calendar/busy-times.ts gives busy times: what the agent may say of them, and what the page words. */
export const appointmentLabel = "another appointment";
export const calendarBusyLabel = "a busy time";

export interface BusyInterval {
  start: Date;
  end: Date;
  label: string;
}

export function evaluateSlot(input: {
  slot: { start: Date; end: Date };
  request: BookingRequest;
  timeZone: string;
  busy: BusyInterval[];
  now: Date;
}): SlotVerdict {
  const { slot, request, timeZone } = input;
  const insideWindow =
    !request.window ||
    (slot.start.getTime() >= Date.parse(request.window.start) &&
      slot.end.getTime() <= Date.parse(request.window.end));
  const atPreferredTime = !request.time_of_day || isWithinClockRange(slot, request.time_of_day, timeZone);
  const clash = input.busy.find((interval) => overlaps(slot, interval));
  let misfit: WrittenSentence | null = null;
  if (slot.start <= input.now) misfit = sentence("slotPassed");
  else if (!insideWindow) misfit = sentence("slotOutsideDates");
  else if (!atPreferredTime)
    misfit = sentence("slotOutsideTime", { from: request.time_of_day!.start, to: request.time_of_day!.end });
  else if (clash) misfit = clashSentence(clash.label);
  return {
    fits: misfit === null,
    insideWindow,
    atPreferredTime,
    reason: misfit?.text ?? null,
    reasonSentence: misfit?.sentence ?? null,
  };
}

/** The two labels of busy times have their own sentences; any other label is said as it is. */
function clashSentence(label: string) {
  if (label === appointmentLabel) return sentence("slotClashesAppointment");
  if (label === calendarBusyLabel) return sentence("slotClashesBusy");
  return sentence("slotClashes", { label });
}
