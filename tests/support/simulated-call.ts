// Unit-test set-up for one simulated call: a person, a booking with one call to a demo business, already claimed by a
// dispatcher (status dialing, with its claim token) and the request the dispatcher would hand the dialer; recording
// the dial as the dispatcher does; and a short poll for what the simulation writes in the background.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { createBookingWithCalls } from "@/db/bookings";
import { getCall, markCallDialed } from "@/db/calls";
import { getDb } from "@/db/client";
import { getProvider } from "@/db/providers";
import { calls, user } from "@/db/schema";
import { buildCallBrief } from "@/lib/calls/call-brief";
import type { PlaceCallRequest } from "@/lib/calls/dialer";
import { newId } from "@/lib/ids";
import { DateTime } from "luxon";
import type { BookingRequest } from "@/lib/intake/booking-request";
import { dentistMorningsRequest } from "./booking-request-fixture";

/** The same week of mornings as dentistMorningsRequest, in another zone. */
function localMorningsRequest(timeZone: string): BookingRequest {
  const at = (iso: string) => DateTime.fromISO(iso, { zone: timeZone }).toISO()!;
  return {
    ...dentistMorningsRequest,
    window: { start: at("2026-11-30T00:00:00"), end: at("2026-12-07T00:00:00") },
  };
}

export interface ClaimedCall {
  userId: string;
  bookingId: string;
  callId: string;
  token: string;
  placeRequest: PlaceCallRequest;
}

/**
 * `owner`: a person who exists already (signed in by the test); otherwise a new one is made. `local`: the person
 * lives in the business's zone (the same mornings, the same week, on its clock) rather than in Cambridge MA.
 */
export async function claimedCallTo(
  providerId: string,
  now: Date,
  owner?: string,
  options: { local?: boolean; mode?: "auto" | "review" } = {},
): Promise<ClaimedCall> {
  const provider = (await getProvider(providerId))!;
  const timeZone = options.local ? provider.timeZone : "America/New_York";
  const request = options.local ? localMorningsRequest(timeZone) : dentistMorningsRequest;
  const userId = owner ?? `user_${randomUUID()}`;
  if (!owner) {
    await getDb()
      .insert(user)
      .values({ id: userId, name: "Sam Lee", email: `${userId}@example.test` });
  }
  const callId = newId("call");
  const { booking } = await createBookingWithCalls({
    id: newId("bkg"),
    taskId: null,
    userId,
    mode: options.mode ?? "auto",
    swarmSize: 1,
    request,
    timeZone,
    origin: null,
    calls: [{ id: callId, providerId, distanceKm: 1, scheduledFor: null }],
    skipped: [],
    now,
  });
  const token = randomUUID();
  await getDb().update(calls).set({ status: "dialing", claimToken: token }).where(eq(calls.id, callId));
  const call = (await getCall(callId))!;
  const placeRequest = {
    brief: buildCallBrief(booking, call, provider),
    to: provider.phone!,
    redirected: false,
  };
  return { userId, bookingId: booking.id, callId, token, placeRequest };
}

/** Records the dial as the dispatcher does once the simulated dialer accepted the call. */
export function markSimulatedDial(callId: string, token: string, externalId: string, now: Date) {
  return markCallDialed({
    callId,
    token,
    dialer: "simulated",
    externalId,
    externalCallSid: null,
    redirectedTo: null,
    now,
  });
}

/** Polls until `done` holds, failing with the last value after the timeout. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let value = await read(); ; value = await read()) {
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
