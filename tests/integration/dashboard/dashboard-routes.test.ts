// The dashboard's REST routes: 401 without a session, and each person sees only their own bookings and figures.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as bookingsGET } from "@/app/api/dashboard/bookings/route";
import { GET as statsGET } from "@/app/api/dashboard/stats/route";
import { createBookingWithCalls } from "@/db/bookings";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { bookings, calls, type BookingStatus } from "@/db/schema";
import { getCaller } from "@/lib/auth/session";
import { fixedClock } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { overrideRuntime } from "@/lib/runtime";
import { pauseBackgroundJobs } from "@/tests/support/job-runner";
import { anonymousSession, jsonRequest } from "../helpers";
import { dentistRequest } from "../support/booking-fixtures";

const now = new Date("2026-11-26T12:00:00Z");
let sam: string;
let alex: string;
// The calls stay in the states the test gives them: no dispatch pass dials the queued ones.
pauseBackgroundJobs();

async function userIdOf(cookie: string): Promise<string> {
  return (await getCaller(new Headers({ cookie, host: "127.0.0.1:3000" })))!.userId;
}

async function addBooking(
  userId: string,
  status: BookingStatus,
  booked?: { afterMinutes: number; slotStart: string },
): Promise<string> {
  const id = newId("bkg");
  const callId = newId("call");
  await createBookingWithCalls({
    id,
    taskId: null,
    userId,
    mode: "auto",
    swarmSize: 1,
    request: dentistRequest(now),
    timeZone: "America/New_York",
    origin: null,
    calls: [{ id: callId, providerId: "dentist-boston-ma-1", distanceKm: 1, scheduledFor: null }],
    skipped: [],
    now,
  });
  const slotStart = booked ? new Date(booked.slotStart) : null;
  await getDb()
    .update(bookings)
    .set({
      status,
      bookedAt: booked ? new Date(now.getTime() + booked.afterMinutes * 60_000) : null,
      bookedProviderId: booked ? "dentist-boston-ma-1" : null,
      bookedSlotStart: slotStart,
      bookedSlotEnd: slotStart ? new Date(slotStart.getTime() + 30 * 60_000) : null,
    })
    .where(eq(bookings.id, id));
  if (status !== "processing") {
    await getDb().update(calls).set({ status: "completed" }).where(eq(calls.id, callId));
  }
  return id;
}

beforeAll(async () => {
  await seedDemoDirectory();
  overrideRuntime({ clock: fixedClock(now) });
  sam = await anonymousSession();
  alex = await anonymousSession();
  const samId = await userIdOf(sam);
  await addBooking(samId, "booked", { afterMinutes: 4, slotStart: "2026-12-01T14:00:00Z" });
  await addBooking(samId, "booked", { afterMinutes: 10, slotStart: "2026-11-20T14:00:00Z" });
  await addBooking(samId, "failed");
  await addBooking(samId, "processing");
  await addBooking(samId, "awaiting_choice");
  await addBooking(await userIdOf(alex), "booked", { afterMinutes: 60, slotStart: "2026-12-02T14:00:00Z" });
});

describe("GET /api/dashboard/stats", () => {
  it("answers 401 with a sentence without a session", async () => {
    const response = await statsGET(jsonRequest("/api/dashboard/stats"), undefined);
    expect(response.status).toBe(401);
    expect((await response.json()).error).toMatch(/session/);
  });

  it("counts only the caller's bookings, with the success rate and the median time to booked", async () => {
    const response = await statsGET(jsonRequest("/api/dashboard/stats", { cookie: sam }), undefined);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.stats).toEqual({
      total_bookings: 5,
      completed: 2,
      processing: 2,
      awaiting_choice: 1,
      failed: 1,
      canceled: 0,
      success_rate: 2 / 3,
      median_minutes_to_booked: 7,
      calls_made: 4,
      upcoming_appointments: 1,
    });
    expect(body.upcoming).toEqual([
      expect.objectContaining({
        provider_name: expect.any(String),
        service_type: "dentist",
        start: "2026-12-01T14:00:00.000Z",
      }),
    ]);
  });

  it("shows a new person zeros and no rates rather than dividing by nothing", async () => {
    const fresh = await anonymousSession();
    const body = await (
      await statsGET(jsonRequest("/api/dashboard/stats", { cookie: fresh }), undefined)
    ).json();
    expect(body.stats).toMatchObject({
      total_bookings: 0,
      success_rate: null,
      median_minutes_to_booked: null,
    });
    expect(body.upcoming).toEqual([]);
  });
});

describe("GET /api/dashboard/bookings", () => {
  it("answers 401 without a session", async () => {
    const response = await bookingsGET(jsonRequest("/api/dashboard/bookings"), undefined);
    expect(response.status).toBe(401);
  });

  it("lists the caller's bookings and never another person's", async () => {
    const samBody = await (
      await bookingsGET(jsonRequest("/api/dashboard/bookings", { cookie: sam }), undefined)
    ).json();
    const alexBody = await (
      await bookingsGET(jsonRequest("/api/dashboard/bookings", { cookie: alex }), undefined)
    ).json();
    expect(samBody.bookings).toHaveLength(5);
    expect(alexBody.bookings).toHaveLength(1);
    const samIds = new Set(samBody.bookings.map((b: { booking_id: string }) => b.booking_id));
    expect(samIds.has(alexBody.bookings[0].booking_id)).toBe(false);
  });
});
