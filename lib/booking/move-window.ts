// The new window a person gives to move a booked appointment: `{ timeframe }` as they said it ("Thursday or Friday
// afternoon"), resolved like the intake resolves the request's timeframe in the booking's zone, or an explicit
// `{ window: { start, end } }`. Stored on the reschedule call (calls.requested_window) and read by its brief.
import { z } from "zod";
import { dateWindowSchema, timeOfDaySchema, type BookingRequest } from "@/lib/intake/booking-request";
import { resolveTimeOfDay } from "@/lib/intake/time-of-day";
import { resolveTimeframe } from "@/lib/intake/timeframe";
import { invalidField } from "@/lib/errors";
import { sentence } from "@/lib/sentences/sentence";

const moveFields = {
  timeframe: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('The new window as said, e.g. "Thursday or Friday afternoon".'),
  window: dateWindowSchema.optional().describe("The new window as ISO instants with offsets."),
};

/** The new window: exactly one of the two. */
export const moveRequestSchema = z
  .object(moveFields)
  .strict()
  .refine((body) => (body.timeframe === undefined) !== (body.window === undefined), {
    message: 'Give either timeframe (for example "Thursday or Friday afternoon") or window { start, end }.',
  });

/**
 * The body of POST /api/booking/{id}/reschedule: the new window, or new_search: true to accept the offer of a new
 * search when the business had nothing (the window then defaults to the one the business was asked for).
 */
export const rescheduleBodySchema = z
  .object({
    ...moveFields,
    new_search: z
      .literal(true)
      .optional()
      .describe(
        "Search other businesses for the new window; the old appointment is cancelled once one is booked.",
      ),
  })
  .strict()
  .refine(
    (body) =>
      body.new_search
        ? body.timeframe === undefined || body.window === undefined
        : (body.timeframe === undefined) !== (body.window === undefined),
    {
      message:
        'Give either timeframe (for example "Thursday or Friday afternoon") or window { start, end }, or new_search: true.',
    },
  );
export type RescheduleBody = z.infer<typeof rescheduleBodySchema>;
export type MoveRequest = z.infer<typeof moveRequestSchema>;

export const requestedWindowSchema = z.object({
  start: z.string(),
  end: z.string(),
  /** The time of day the person named with the new window ("afternoon"); null: any time the business is open. */
  time_of_day: timeOfDaySchema.nullable().default(null),
  /** The new window as the person said it, for the booking page. */
  label: z.string().nullable().default(null),
});
export type RequestedWindow = z.infer<typeof requestedWindowSchema>;

/** The person's new window in instants; a clear 400 sentence when it cannot be read or is already over. */
export function resolveMoveWindow(input: MoveRequest, timeZone: string, now: Date): RequestedWindow {
  if (input.window) {
    if (Date.parse(input.window.end) <= now.getTime())
      throw invalidField("window", sentence("errorWindowOver"));
    return { ...input.window, time_of_day: null, label: null };
  }
  const timeframe = input.timeframe ?? "";
  const resolved = resolveTimeframe(timeframe, now, timeZone);
  if (!resolved) {
    throw invalidField("timeframe", sentence("errorTimeframeUnreadable", { timeframe }));
  }
  if (resolved.isPast)
    throw invalidField("timeframe", sentence("errorTimeframeOver", { timeframe: resolved.timeframe }));
  const timeOfDay = resolveTimeOfDay(timeframe);
  return {
    start: resolved.window.start,
    end: resolved.window.end,
    time_of_day: timeOfDay?.time_of_day ?? null,
    label: timeframe,
  };
}

/** The booking's request with the new window in place of the old: what check_availability judges a move against. */
export function requestWithWindow(request: BookingRequest, window: RequestedWindow): BookingRequest {
  return { ...request, window: { start: window.start, end: window.end }, time_of_day: window.time_of_day };
}
