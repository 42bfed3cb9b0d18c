// When an appointment's reminder email is due: 18:00 the evening before, in the appointment's own zone. One booked
// after that evening still gets one at once, but only while the appointment is more than two hours away.
import { DateTime } from "luxon";

/** The local hour of the evening before at which reminders go out. */
export const reminderLocalHour = 18;
/** Closer than this to the appointment, a reminder is more noise than help, so none goes out. */
export const reminderCutoffMs = 2 * 3_600_000;
/**
 * The furthest ahead an appointment can be when its reminder falls due: 23:59 the next day is under 30 hours after
 * 18:00, and a daylight-saving change adds at most one.
 */
export const reminderLookaheadMs = 36 * 3_600_000;

export function reminderDueAt(slotStart: Date, timeZone: string): Date {
  return DateTime.fromJSDate(slotStart, { zone: timeZone })
    .minus({ days: 1 })
    .set({ hour: reminderLocalHour, minute: 0, second: 0, millisecond: 0 })
    .toJSDate();
}

export function isReminderDue(input: { slotStart: Date; timeZone: string; now: Date }): boolean {
  const { slotStart, timeZone, now } = input;
  return (
    now.getTime() >= reminderDueAt(slotStart, timeZone).getTime() &&
    slotStart.getTime() - now.getTime() > reminderCutoffMs
  );
}
