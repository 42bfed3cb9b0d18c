import { z } from "zod";
import { requireCaller } from "@/lib/auth/session";
import {
  bookingPreferencesSchema,
  explicitBookingRequestSchema,
  startBookingForTask,
  startBookingFromFields,
} from "@/lib/booking/start-booking";
import { ringsBusinesses } from "@/lib/calls/call-hours";
import { getConfig } from "@/lib/config";
import { assertMayPlaceCalls } from "@/lib/guardrails/real-call-gate";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

const preferences = bookingPreferencesSchema.default({ swarm_size: 5, mode: "auto" });
const bookingRequestBodySchema = z.union([
  z.object({ task_id: z.string().min(1).max(100), preferences }).strict(),
  explicitBookingRequestSchema.extend({ preferences, time_zone: z.string().max(64).optional() }).strict(),
]);

// POST /api/booking/request – confirm a task (or explicit fields): create the booking and start calling.
// With a real dialer configured: a verified, consenting account only (403 otherwise; nothing is queued).
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  await enforceRateLimit("booking", request, caller.userId);
  const body = await readJson(request, bookingRequestBodySchema);
  const runtime = getRuntime();
  await assertMayPlaceCalls(caller, runtime.dialer);
  // The businesses' hours apply to bookings whose calls ring them (not redirected to a tester).
  const callsRealPhones = ringsBusinesses(runtime.dialer, getConfig());
  const started =
    "task_id" in body
      ? await startBookingForTask(
          { userId: caller.userId, taskId: body.task_id, preferences: body.preferences, callsRealPhones },
          runtime.clock,
        )
      : await startBookingFromFields(
          {
            userId: caller.userId,
            personTimeZone: body.time_zone ?? getConfig().DEFAULT_TIMEZONE,
            fields: body,
            preferences: body.preferences,
            callsRealPhones,
          },
          runtime.clock,
        );
  return Response.json(
    { status: "processing", booking_id: started.booking.id, booking_status: started.booking.status },
    { status: started.created ? 202 : 200 },
  );
});
