// The busy-time form as the calendar page sends it: wall-clock times from datetime-local inputs, read in the zone the
// form names, then validated by the very schema POST /api/calendar/busy-blocks uses (one set of rules, two doors).
import { DateTime } from "luxon";
import { z } from "zod";
import { isKnownTimeZone } from "@/lib/config";
import { newBusyBlockSchema } from "./busy-blocks";
import { validationMessage } from "@/lib/sentences/validation-message";

/** "2026-12-01T14:00" in `timeZone` (or any ISO time with its own offset) as an ISO instant; null when unreadable. */
function instantOf(value: string, timeZone: string): string | null {
  const time = DateTime.fromISO(value, { zone: timeZone, setZone: false });
  return time.isValid ? time.toUTC().toISO() : null;
}

export const busyBlockFormSchema = z
  .object({
    start: z.string().trim().min(1, validationMessage("validationBusyStart")),
    end: z.string().trim().min(1, validationMessage("validationBusyEnd")),
    title: z.string().trim().max(200).optional(),
    time_zone: z
      .string()
      .max(64)
      .refine(isKnownTimeZone, validationMessage("validationTimeZone"))
      .default("UTC")
      .describe("The zone the wall-clock times are in."),
  })
  .transform((form, context) => {
    const start = instantOf(form.start, form.time_zone);
    const end = instantOf(form.end, form.time_zone);
    for (const [field, value] of [
      ["start", start],
      ["end", end],
    ] as const) {
      if (value === null)
        context.addIssue({ code: "custom", path: [field], message: "Enter a date and time." });
    }
    return { start: start ?? form.start, end: end ?? form.end, ...(form.title ? { title: form.title } : {}) };
  })
  .pipe(newBusyBlockSchema);
