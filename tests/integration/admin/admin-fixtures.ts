// Bookings in known states for the admin tests, built through the foundation's own queries. A test file that must
// find its queued calls still queued pauses the background job runner (pauseBackgroundJobs), so no dispatch pass
// dials them behind its back.
import { createBookingWithCalls, transitionBooking } from "@/db/bookings";
import { enqueueCall, finishCall, recordOfferedSlot } from "@/db/calls";
import { getDb } from "@/db/client";
import { calls } from "@/db/schema";
import { findUserByEmail } from "@/db/users";
import { recordTranscriptLine } from "@/lib/calls/ingestion";
import { fixedClock } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { inArray } from "drizzle-orm";
import { dentistRequest } from "../support/booking-fixtures";
import { sentence, writtenElsewhere } from "@/lib/sentences/sentence";

export const clock = fixedClock("2026-11-26T15:00:00Z");
export const dentists = ["dentist-cambridge-ma-1", "dentist-cambridge-ma-2", "dentist-cambridge-ma-3"];

export async function userIdOf(email: string): Promise<string> {
  return (await findUserByEmail(email))!.id;
}

/**
 * A review-mode booking that settled on a choice: the first dentist did not answer (its automatic retry is waiting),
 * the second answered with a transcript and a fitting offer.
 */
export async function settledBooking(userId: string) {
  const now = clock.now();
  const [unanswered, answered] = [newId("call"), newId("call")];
  const { booking } = await createBookingWithCalls({
    id: newId("bkg"),
    taskId: null,
    userId,
    mode: "review",
    swarmSize: 2,
    request: dentistRequest(now),
    timeZone: "America/New_York",
    origin: null,
    calls: [
      { id: unanswered, providerId: dentists[0], distanceKm: 1.2, scheduledFor: null },
      { id: answered, providerId: dentists[1], distanceKm: 2.5, scheduledFor: null },
    ],
    skipped: [],
    now,
  });
  await getDb()
    .update(calls)
    .set({ status: "in_progress", dialer: "simulated", externalId: "sim_1", startedAt: now })
    .where(inArray(calls.id, [unanswered, answered]));
  await finishCall({
    callId: unanswered,
    status: "no_answer",
    outcome: null,
    failure: writtenElsewhere("Nobody answered."),
    now,
  });
  const automaticRetry = newId("call");
  await enqueueCall({
    id: automaticRetry,
    bookingId: booking.id,
    providerId: dentists[0],
    userId,
    purpose: "inquiry",
    attempt: 2,
    previousCallId: unanswered,
    distanceKm: 1.2,
    targetSlot: null,
    scheduledFor: new Date(now.getTime() + 15 * 60_000),
    now,
  });
  await recordTranscriptLine(
    { id: answered, bookingId: booking.id },
    { role: "agent", text: "Hello, I am calling for Sam Lee." },
    clock,
  );
  await recordTranscriptLine(
    { id: answered, bookingId: booking.id },
    { role: "business", text: "We have Tuesday at nine." },
    clock,
  );
  const start = new Date(now.getTime() + 4 * 86_400_000);
  await recordOfferedSlot(
    answered,
    {
      start: start.toISOString(),
      end: new Date(start.getTime() + 3600_000).toISOString(),
      fits: true,
      reason: null,
    },
    now,
  );
  await finishCall({
    callId: answered,
    status: "completed",
    outcome: {
      status: "completed",
      offered_slots: [],
      booked_slot: null,
      requirements: ["insurance card"],
      price: null,
      failure_reason: null,
      summary: "Offered Tuesday morning.",
      opted_out: false,
      duration_seconds: 42,
    },
    failure: null,
    now,
  });
  await transitionBooking({
    bookingId: booking.id,
    from: ["processing"],
    to: "awaiting_choice",
    reason: sentence("statusChooseOffer"),
    now,
  });
  return { bookingId: booking.id, unanswered, answered, automaticRetry };
}

/** A booking still calling: two calls queued, one live. */
export async function callingBooking(userId: string) {
  const ids = [newId("call"), newId("call"), newId("call")];
  const { booking } = await createBookingWithCalls({
    id: newId("bkg"),
    taskId: null,
    userId,
    mode: "auto",
    swarmSize: 3,
    request: dentistRequest(clock.now()),
    timeZone: "America/New_York",
    origin: null,
    calls: ids.map((id, i) => ({ id, providerId: dentists[i], distanceKm: 1, scheduledFor: null })),
    skipped: [],
    now: clock.now(),
  });
  await getDb()
    .update(calls)
    .set({ status: "in_progress", dialer: "simulated", startedAt: clock.now() })
    .where(inArray(calls.id, [ids[2]]));
  return { bookingId: booking.id, queued: ids.slice(0, 2), live: ids[2] };
}
