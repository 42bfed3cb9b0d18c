// How a call's place in its chain of retries reads for the person and the admin: "attempt 2 of 3, next try 14:30
// local", the time in the business's own zone (the hour that matters for when it is open).
import { DateTime } from "luxon";

export interface AttemptLabelInput {
  attempt: number;
  /** 1 + RETRY_MAX: the most tries a call to one business can get. */
  maxAttempts: number;
  /** When the next try is due (a scheduled retry), if there is one. */
  nextTryAt: Date | null;
  /** The business's IANA zone. */
  timeZone: string;
  now: Date;
}

export function attemptLabel(input: AttemptLabelInput): string {
  const of = `attempt ${input.attempt} of ${Math.max(input.maxAttempts, input.attempt)}`;
  if (!input.nextTryAt) return of;
  const at = DateTime.fromJSDate(input.nextTryAt, { zone: input.timeZone });
  const today = DateTime.fromJSDate(input.now, { zone: input.timeZone }).hasSame(at, "day");
  return `${of}, next try ${today ? at.toFormat("HH:mm") : at.toFormat("ccc d LLL HH:mm")} local`;
}
