// Builds bookings directly in the database for tests that need many calls in a known state.
import { eq, inArray } from "drizzle-orm";
import { createBookingWithCalls } from "@/db/bookings";
import { getDb } from "@/db/client";
import { recordOfferedSlot } from "@/db/calls";
import { listProviders } from "@/db/providers";
import { calls, terminalCallStatuses, user } from "@/db/schema";
import { newId } from "@/lib/ids";
import type { BookingRequest } from "@/lib/intake/booking-request";

export async function createTestUser(): Promise<string> {
  const id = newId("task").replace("task_", "usr_");
  await getDb()
    .insert(user)
    .values({ id, name: "Test Person", email: `${id}@example.test`, emailVerified: true });
  return id;
}

/** A dentist request for next week, mornings, in Cambridge MA, relative to `now`. */
export function dentistRequest(now: Date): BookingRequest {
  const start = new Date(now.getTime() + 2 * 86_400_000);
  const end = new Date(now.getTime() + 9 * 86_400_000);
  return {
    service_type: "dentist",
    location: "Cambridge MA",
    timeframe: "next week",
    window: { start: start.toISOString(), end: end.toISOString() },
    preferred_time: null,
    time_of_day: null,
    party_size: null,
    client_name: "Sam Lee",
    notes: null,
  };
}

export async function createBookingWithProviderCalls(input: {
  userId: string;
  callCount: number;
  mode: "auto" | "review";
  now: Date;
  status?: "queued" | "in_progress";
  /** Call these demo dentists; by default the first US and London ones (the directory's English-speaking ones). */
  providerIds?: string[];
}): Promise<{ bookingId: string; callIds: string[] }> {
  const dentists = await listProviders({ serviceType: "dentist" });
  const providers = (
    input.providerIds
      ? input.providerIds.map((id) => dentists.find((p) => p.id === id)!)
      : dentists.filter((p) => p.country === "US" || p.country === "GB")
  ).slice(0, input.callCount);
  if (providers.length < input.callCount) throw new Error("not enough demo dentists");
  const bookingId = newId("bkg");
  const callRows = providers.map((provider) => ({
    id: newId("call"),
    providerId: provider.id,
    distanceKm: 1,
    scheduledFor: null,
  }));
  await createBookingWithCalls({
    id: bookingId,
    taskId: null,
    userId: input.userId,
    mode: input.mode,
    swarmSize: input.callCount,
    request: dentistRequest(input.now),
    timeZone: "America/New_York",
    origin: null,
    calls: callRows,
    skipped: [],
    now: input.now,
  });
  const callIds = callRows.map((row) => row.id);
  if (input.status === "in_progress") {
    await getDb()
      .update(calls)
      .set({ status: "in_progress", dialer: "simulated", startedAt: input.now })
      .where(inArray(calls.id, callIds));
  }
  return { bookingId, callIds };
}

/** A review-mode booking of this person, two calls in progress, whose first call offered a fitting slot (30 Nov 2026). */
export async function bookingWithOffer(userId: string, now: Date) {
  const { bookingId, callIds } = await createBookingWithProviderCalls({
    userId,
    callCount: 2,
    mode: "review",
    now,
    status: "in_progress",
  });
  const offered = (await recordOfferedSlot(
    callIds[0],
    { start: "2026-11-30T15:00:00.000Z", end: "2026-11-30T16:00:00.000Z", fits: true, reason: null },
    now,
  ))!;
  return { bookingId, callIds, providerId: offered.providerId, slotStart: offered.offeredSlots[0].start };
}

export async function callRows(bookingId: string) {
  return await getDb().select().from(calls).where(eq(calls.bookingId, bookingId));
}

export async function countUnfinishedCallsEverywhere(): Promise<number> {
  return (await getDb().select().from(calls)).filter(
    (call) => !(terminalCallStatuses as readonly string[]).includes(call.status),
  ).length;
}
