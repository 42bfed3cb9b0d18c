// Everything that makes the person busy during a period, gathered in one place for check_availability: their
// other booked appointments, busy blocks added by hand, imported and subscribed calendars (recurrences expanded
// within the period) and, when connected, Google Calendar's free/busy. Labels are what the agent may say to a
// business, so a calendar entry is only ever "a busy time", never its title.
import { listOtherBookedSlots, type Booking } from "@/db/bookings";
import { listBusyBlocksOverlapping } from "@/db/calendar-busy-blocks";
import { listCalendarSourceVersions } from "@/db/calendar-sources";
import { appointmentLabel, calendarBusyLabel, type BusyInterval } from "@/lib/booking/slot-fit";
import type { Clock } from "@/lib/clock";
import { googleBusyTimes } from "./google/google-busy-times";
import { occurrencesOfSource } from "./parsed-calendars";

export interface Period {
  from: Date;
  to: Date;
}

/** The period a booking's checks are about: its window, stretched to cover any slot offered outside it. */
export function bookingPeriod(
  booking: Pick<Booking, "request">,
  slots: ReadonlyArray<{ start: Date; end: Date }>,
): Period | null {
  const instants = slots.flatMap((slot) => [slot.start.getTime(), slot.end.getTime()]);
  const window = booking.request.window;
  if (window) instants.push(Date.parse(window.start), Date.parse(window.end));
  if (instants.length === 0) return null;
  return { from: new Date(Math.min(...instants)), to: new Date(Math.max(...instants)) };
}

export async function busyIntervalsForBooking(
  booking: Pick<Booking, "id" | "userId" | "request">,
  slots: ReadonlyArray<{ start: Date; end: Date }>,
  clock: Clock,
): Promise<BusyInterval[]> {
  const others = (await listOtherBookedSlots(booking.userId, booking.id)).map((other) => ({
    start: other.start,
    end: other.end,
    label: appointmentLabel,
  }));
  const period = bookingPeriod(booking, slots);
  if (!period) return others;
  const calendar = (await personalBusyTimes(booking.userId, period, clock)).map((interval) => ({
    ...interval,
    label: calendarBusyLabel,
  }));
  return [...others, ...calendar];
}

/** The person's own busy times in the period from every calendar source, untitled. */
async function personalBusyTimes(
  userId: string,
  period: Period,
  clock: Clock,
): Promise<Array<{ start: Date; end: Date }>> {
  const blocks = (await listBusyBlocksOverlapping(userId, period)).map((block) => ({
    start: block.startsAt,
    end: block.endsAt,
  }));
  const imported: Array<{ start: Date; end: Date }> = [];
  for (const source of await listCalendarSourceVersions(userId)) {
    for (const { start, end } of await occurrencesOfSource(source, period)) imported.push({ start, end });
  }
  const google = await googleBusyTimes(userId, period, clock);
  return [...blocks, ...imported, ...google];
}
