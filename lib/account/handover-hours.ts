// The hours a hand-over may ring the person: one zod schema for the stored JSON, the form and the REST body, and the
// one predicate for "may a hand-over ring them now?" (an end before the start runs past midnight).
import { DateTime } from "luxon";
import { z } from "zod";
import { isKnownTimeZone } from "@/lib/config";
import { validationMessage } from "@/lib/sentences/validation-message";

const clockTime = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, validationMessage("validationClockTime"));

export const handoverHoursSchema = z
  .object({
    start: clockTime.describe("Local time hand-overs may start ringing the person, HH:MM."),
    end: clockTime.describe("Local time after which hand-overs no longer ring the person, HH:MM."),
    time_zone: z
      .string()
      .trim()
      .max(64)
      .refine(isKnownTimeZone, validationMessage("validationTimeZone"))
      .describe("The person's IANA time zone the hours are read in."),
  })
  .refine((hours) => hours.start !== hours.end, {
    message: validationMessage("validationHandoverHoursDiffer"),
    path: ["end"],
  });

export type HandoverHours = z.infer<typeof handoverHoursSchema>;

/** The stored JSON as hours, or null when absent or unreadable (an unreadable value never rings anyone). */
export function readHandoverHours(stored: unknown): HandoverHours | null {
  const parsed = handoverHoursSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** Whether `at` falls inside the hours, read on the person's own clock; start inclusive, end exclusive. */
export function isWithinHandoverHours(hours: HandoverHours | null, at: Date): boolean {
  if (!hours) return false;
  const local = DateTime.fromJSDate(at, { zone: hours.time_zone });
  const minute = local.hour * 60 + local.minute;
  const [start, end] = [hours.start, hours.end].map((time) => {
    const [h, m] = time.split(":").map(Number);
    return h * 60 + m;
  });
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}
