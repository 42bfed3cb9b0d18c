// Does an offered slot fit the person? Inside their window, at their preferred time of day, in the future, and
// clear of their other appointments. Pure, so check_availability, ranking and ingestion agree on every verdict.
import type { BookingRequest } from "@/lib/intake/booking-request";
import { isWithinClockRange } from "@/lib/providers/opening-hours";
import { overlaps } from "./slot";

export interface SlotVerdict {
  fits: boolean;
  /** Inside the window and the preferred time of day (a slot can be inside the window and still miss the time of day). */
  insideWindow: boolean;
  atPreferredTime: boolean;
  /** A sentence naming the first reason it does not fit; null when it fits. */
  reason: string | null;
}

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
  let reason: string | null = null;
  if (slot.start <= input.now) reason = "That time has already passed.";
  else if (!insideWindow) reason = "That is outside the dates the client is available.";
  else if (!atPreferredTime)
    reason = `That is outside the client's preferred time (${request.time_of_day!.start}–${request.time_of_day!.end}).`;
  else if (clash) reason = `The client already has ${clash.label} at that time.`;
  return { fits: reason === null, insideWindow, atPreferredTime, reason };
}
