// How a hold's end is said on the phone and shown to the person: in the business's own zone, "4:30 PM" today or
// "Friday 4 Dec at 9:00 AM" on another day.
import { DateTime } from "luxon";

export function describeHoldUntil(heldUntil: Date, timeZone: string, now: Date): string {
  const at = DateTime.fromJSDate(heldUntil, { zone: timeZone });
  const today = DateTime.fromJSDate(now, { zone: timeZone }).hasSame(at, "day");
  return today ? `${at.toFormat("h:mm a")} today` : at.toFormat("cccc d LLL 'at' h:mm a");
}
