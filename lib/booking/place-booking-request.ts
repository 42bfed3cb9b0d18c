// A person asks CallPilot to start calling (POST /api/booking/request, the "Call providers" button): the booking rate
// limit, the real-call gate, then the booking for their task or for explicit fields. One path for the route and the
// server action, so neither can skip a check the other makes.
import { z } from "zod";
import type { Caller } from "@/lib/auth/session";
import { ringsBusinesses } from "@/lib/calls/call-hours";
import { getConfig } from "@/lib/config";
import { assertMayPlaceCalls } from "@/lib/guardrails/real-call-gate";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { getRuntime } from "@/lib/runtime";
import {
  bookingPreferencesSchema,
  explicitBookingRequestSchema,
  startBookingForTask,
  startBookingFromFields,
  type StartedBooking,
} from "./start-booking";

const preferences = bookingPreferencesSchema.default({ swarm_size: 5, mode: "auto" });

/** The body of POST /api/booking/request: a task of the person's, or the request's fields spelled out. */
export const bookingRequestBodySchema = z.union([
  z.object({ task_id: z.string().min(1).max(100), preferences }).strict(),
  explicitBookingRequestSchema.extend({ preferences, time_zone: z.string().max(64).optional() }).strict(),
]);
export type BookingRequestBody = z.infer<typeof bookingRequestBodySchema>;

export async function placeBookingRequest(input: {
  caller: Caller;
  request: { headers: Headers };
  body: BookingRequestBody;
}): Promise<StartedBooking> {
  const { caller, body } = input;
  await enforceRateLimit("booking", input.request, caller.userId);
  const runtime = getRuntime();
  // With a real dialer: a verified, consenting account only (403 otherwise; nothing is queued).
  await assertMayPlaceCalls(caller, runtime.dialer);
  // The businesses' hours apply to bookings whose calls ring them (not redirected to a tester).
  const callsRealPhones = ringsBusinesses(runtime.dialer, getConfig());
  if ("task_id" in body) {
    return startBookingForTask(
      { userId: caller.userId, taskId: body.task_id, preferences: body.preferences, callsRealPhones },
      runtime.clock,
    );
  }
  return startBookingFromFields(
    {
      userId: caller.userId,
      personTimeZone: body.time_zone ?? getConfig().DEFAULT_TIMEZONE,
      fields: body,
      preferences: body.preferences,
      callsRealPhones,
    },
    runtime.clock,
  );
}
