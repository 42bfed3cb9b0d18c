// Confirming a task: choose the providers, then create the booking and its queued calls in one transaction, which
// also counts them against the person's daily allowance. Idempotent per task: the same task confirmed twice (or ten
// times at once) gives one booking and one set of calls, counted once.
import { z } from "zod";
import {
  createBookingWithCalls,
  getBookingForTask,
  type Booking,
  type NewBooking,
  type NewCall,
  type SkippedProvider,
} from "@/db/bookings";
import { readUsage, UsageLimitReached } from "@/db/usage-counters";
import { mustRespectOpeningHours, whenToDial } from "@/lib/calls/call-hours";
import type { Clock } from "@/lib/clock";
import { getConfig } from "@/lib/config";
import { conflict, invalid } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { missingRequiredFields, serviceLabels, type BookingRequest } from "@/lib/intake/booking-request";
import { bookingTimeZone, locatePlace } from "@/lib/intake/booking-zone";
import { deriveTaskStatus, resolveRequestTimes } from "@/lib/intake/normalise";
import { requireTask, storeNewTask } from "@/lib/intake/tasks";
import { discoverProviders, discoveryDepsFrom } from "@/lib/providers/discovery";
import { selectProviders } from "@/lib/providers/select-providers";
import { refreshStaleSubscriptionsInBackground } from "@/lib/calendar/calendar-sources";
import { doNotCallReasons } from "@/lib/do-not-call/do-not-call-list";
import { sentence } from "@/lib/sentences/sentence";
import { utcDay } from "@/lib/guardrails/day";
import { bookingCharges, limitReachedError, limitsFor, type PersonLimits } from "@/lib/guardrails/limits";

export const bookingPreferencesSchema = z.object({
  swarm_size: z
    .number()
    .int()
    .min(1)
    .max(15)
    .default(5)
    .describe("How many providers to call at once, 1–15."),
  mode: z
    .enum(["auto", "review"])
    .default("auto")
    .describe("auto: book the first slot that fits; review: collect offers and let the person choose."),
});
export type BookingPreferences = z.infer<typeof bookingPreferencesSchema>;

export interface StartedBooking {
  booking: Booking;
  created: boolean;
}

export async function startBookingForTask(
  input: {
    userId: string;
    taskId: string;
    preferences: BookingPreferences;
    callsRealPhones: boolean;
    /** A new search for a move (issue 16): the booking whose appointment this one replaces. */
    replacesBookingId?: string;
  },
  clock: Clock,
): Promise<StartedBooking> {
  const task = await requireTask(input.taskId, input.userId);
  const existing = await getBookingForTask(task.id);
  if (existing) return { booking: existing, created: false };

  const missing = missingRequiredFields(task.extracted);
  if (missing.length > 0) {
    throw conflict(
      sentence("errorRequestNotReady", { missing: missing.map((f) => f.replace("_", " ")).join(" and ") }),
    );
  }
  if (task.status === "requires_user_attention") {
    throw conflict(task.attention ?? sentence("errorRequestNeedsAttention"));
  }
  const now = clock.now();
  const request = task.extracted;
  if (request.window && Date.parse(request.window.end) <= now.getTime()) {
    throw conflict(sentence("errorDatesPassed"));
  }

  const limits = await limitsFor(input.userId);
  await refuseWhenNoBookingLeft(input.userId, limits, now);

  const config = getConfig();
  const place = locatePlace(request.location, task.timeZone);
  const timeZone = place?.timeZone ?? task.timeZone;
  const origin = place ? { latitude: place.latitude, longitude: place.longitude } : null;
  // The person's subscribed calendars are brought up to date while the calls are set up, not during them.
  void refreshStaleSubscriptionsInBackground(input.userId, clock);
  const discovery = await discoverProviders(
    {
      serviceType: request.service_type!,
      locationText: request.location!,
      origin,
      maxDistanceKm: config.MAX_PROVIDER_DISTANCE_KM,
    },
    discoveryDepsFrom(config, clock),
  );
  const doNotCall = await doNotCallReasons(
    discovery.providers.map((provider) => provider.phone),
    input.userId,
  );
  const selection = selectProviders({
    serviceType: request.service_type!,
    origin,
    locationText: request.location!,
    window: request.window,
    timeOfDay: request.time_of_day,
    swarmSize: input.preferences.swarm_size,
    maxDistanceKm: config.MAX_PROVIDER_DISTANCE_KM,
    providers: discovery.providers,
    doNotCall,
  });

  const respect = mustRespectOpeningHours(input.callsRealPhones, config.SIM_RESPECT_OPENING_HOURS);
  const calls: NewCall[] = [];
  const skipped: SkippedProvider[] = selection.skipped.map(({ provider, reason }) => ({
    providerId: provider.id,
    providerName: provider.name,
    reason: reason.text,
    reasonSentence: reason.sentence,
  }));
  for (const { provider, distanceKm } of selection.chosen) {
    const dialTime = whenToDial(provider, now, respect);
    if (dialTime.kind === "never") {
      const notOpenSoon = sentence("skipNotOpenSoon");
      skipped.push({
        providerId: provider.id,
        providerName: provider.name,
        reason: notOpenSoon.text,
        reasonSentence: notOpenSoon.sentence,
      });
      continue;
    }
    calls.push({
      id: newId("call"),
      providerId: provider.id,
      distanceKm,
      scheduledFor: dialTime.kind === "later" ? dialTime.at : null,
    });
  }
  if (calls.length === 0) {
    throw invalid(
      sentence("errorNoProviderNear", {
        service: serviceLabels[request.service_type!],
        location: request.location ?? "",
      }),
    );
  }

  return createWithinAllowance({
    id: newId("bkg"),
    taskId: task.id,
    userId: input.userId,
    mode: input.preferences.mode,
    swarmSize: input.preferences.swarm_size,
    request,
    timeZone,
    origin: place
      ? { label: place.label, latitude: place.latitude, longitude: place.longitude, timeZone: place.timeZone }
      : null,
    calls,
    skipped,
    charges: bookingCharges(input.userId, calls.length, limits, now),
    replacesBookingId: input.replacesBookingId ?? null,
    now,
  });
}

/** Creates the booking, counting it and its calls against the person's day in the same transaction. */
async function createWithinAllowance(booking: NewBooking): Promise<StartedBooking> {
  try {
    return await createBookingWithCalls(booking);
  } catch (error) {
    if (error instanceof UsageLimitReached) throw limitReachedError(error, booking.now);
    throw error;
  }
}

/**
 * Refuses early, before discovery and selection, when the person has no booking left today. Only an early answer:
 * the charge inside the booking's transaction is what enforces the limit under concurrency.
 */
async function refuseWhenNoBookingLeft(userId: string, limits: PersonLimits, now: Date): Promise<void> {
  const day = utcDay(now);
  const used = await readUsage(userId, day, ["person_bookings", "person_calls"]);
  const [bookingCharge, callCharge] = bookingCharges(userId, 1, limits, now);
  if (used.person_bookings >= limits.bookingsPerDay) {
    throw limitReachedError(new UsageLimitReached(bookingCharge, used.person_bookings), now);
  }
  if (used.person_calls >= limits.callsPerDay) {
    throw limitReachedError(new UsageLimitReached(callCharge, used.person_calls), now);
  }
}

export const explicitBookingRequestSchema = z.object({
  service_type: z.string().trim().min(1).max(50),
  location: z.string().trim().min(1).max(200),
  timeframe: z.string().trim().min(1).max(100),
  preferred_time: z.string().trim().min(1).max(100).optional(),
  party_size: z.number().int().min(1).max(50).optional(),
  client_name: z.string().trim().min(1).max(100).optional(),
  notes: z.string().trim().min(1).max(1000).optional(),
});

/** A booking from explicit fields (scripts, integrations): stored as a task of its own, then confirmed like any other. */
export async function startBookingFromFields(
  input: {
    userId: string;
    personTimeZone: string;
    fields: z.infer<typeof explicitBookingRequestSchema>;
    preferences: BookingPreferences;
    callsRealPhones: boolean;
  },
  clock: Clock,
): Promise<StartedBooking> {
  const { fields } = input;
  const serviceType = serviceTypeFromText(fields.service_type);
  const draft: BookingRequest = {
    service_type: serviceType,
    location: fields.location,
    timeframe: fields.timeframe,
    window: null,
    preferred_time: fields.preferred_time ?? null,
    time_of_day: null,
    party_size: fields.party_size ?? null,
    client_name: fields.client_name ?? null,
    notes: fields.notes ?? null,
  };
  const zone = bookingTimeZone(draft.location, input.personTimeZone);
  const { request, attention } = resolveRequestTimes(draft, clock.now(), zone);
  if (!request.window)
    throw invalid(
      `The timeframe "${fields.timeframe}" is not a date CallPilot understands, such as "next week" or "2026-12-03".`,
    );
  if (attention) throw invalid(attention);
  // Counted like a task started in the chat, so this door does not bypass the daily number of new requests.
  const task = await storeNewTask({
    id: newId("task"),
    userId: input.userId,
    timeZone: input.personTimeZone,
    extracted: request,
    status: deriveTaskStatus(request, null),
    now: clock.now(),
  });
  return startBookingForTask(
    {
      userId: input.userId,
      taskId: task.id,
      preferences: input.preferences,
      callsRealPhones: input.callsRealPhones,
    },
    clock,
  );
}

function serviceTypeFromText(text: string): BookingRequest["service_type"] {
  const normalised = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  const match = (Object.keys(serviceLabels) as Array<keyof typeof serviceLabels>).find(
    (type) => type === normalised || serviceLabels[type] === text.trim().toLowerCase(),
  );
  if (!match) {
    throw invalid(`service_type must be one of: ${Object.keys(serviceLabels).join(", ")}.`);
  }
  return match;
}
