// The admin bookings table (GET /api/admin/bookings) and the overview (GET /api/admin/overview) over a known set of
// bookings: each filter, the counts per status, pagination, and the daily figures, success rate and median.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listBookings } from "@/app/api/admin/bookings/route";
import { GET as overview } from "@/app/api/admin/overview/route";
import { createBookingWithCalls } from "@/db/bookings";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { bookingResolutions, bookings, calls, type BookingStatus, type CallStatus } from "@/db/schema";
import { fixedClock } from "@/lib/clock";
import { newId } from "@/lib/ids";
import type { ServiceType } from "@/lib/intake/booking-request";
import { overrideRuntime } from "@/lib/runtime";
import { pauseBackgroundJobs } from "@/tests/support/job-runner";
import { dentistRequest } from "../support/booking-fixtures";
import { jsonRequest } from "../helpers";
import { userIdOf } from "./admin-fixtures";
import { createSessions, type Sessions } from "./admin-sessions";

const clock = fixedClock("2026-11-26T12:00:00Z");
let sessions: Sessions;
let restore: () => void;
// The calls stay in the states the specs give them: no dispatch pass dials the queued ones.
pauseBackgroundJobs();

interface Spec {
  day: string;
  status: BookingStatus;
  service: ServiceType;
  dialer: string;
  calls: CallStatus[];
  owner: "person" | "admin";
  bookedAfterMinutes?: number;
  resolved?: boolean;
}

// Days in UTC (DEFAULT_TIMEZONE in tests).
const specs: Spec[] = [
  {
    day: "2026-11-20T10:00:00Z",
    status: "booked",
    service: "dentist",
    dialer: "simulated",
    calls: ["completed", "no_answer"],
    owner: "person",
    bookedAfterMinutes: 4,
  },
  {
    day: "2026-11-24T10:00:00Z",
    status: "booked",
    service: "dentist",
    dialer: "twilio",
    calls: ["completed", "busy", "failed"],
    owner: "person",
    bookedAfterMinutes: 10,
  },
  {
    day: "2026-11-24T11:00:00Z",
    status: "failed",
    service: "barber",
    dialer: "simulated",
    calls: ["no_answer", "voicemail"],
    owner: "admin",
    resolved: true,
  },
  {
    day: "2026-11-25T09:00:00Z",
    status: "booked",
    service: "plumber",
    dialer: "elevenlabs",
    calls: ["completed"],
    owner: "admin",
    bookedAfterMinutes: 30,
  },
  {
    day: "2026-11-26T08:00:00Z",
    status: "processing",
    service: "dentist",
    dialer: "simulated",
    calls: ["in_progress", "queued"],
    owner: "person",
  },
  {
    day: "2026-10-01T08:00:00Z",
    status: "failed",
    service: "dentist",
    dialer: "simulated",
    calls: ["failed"],
    owner: "person",
  },
];
const ids: string[] = [];

beforeAll(async () => {
  await seedDemoDirectory();
  sessions = await createSessions();
  restore = overrideRuntime({ clock });
  const owners = { person: await userIdOf(sessions.userEmail), admin: await userIdOf(sessions.adminEmail) };
  const providerFor: Record<string, string> = {
    dentist: "dentist-boston-ma-1",
    barber: "barber-boston-ma-1",
    plumber: "plumber-boston-ma-1",
  };
  for (const spec of specs) {
    const createdAt = new Date(spec.day);
    const id = newId("bkg");
    ids.push(id);
    const callIds = spec.calls.map(() => newId("call"));
    await createBookingWithCalls({
      id,
      taskId: null,
      userId: owners[spec.owner],
      mode: "auto",
      swarmSize: callIds.length,
      request: { ...dentistRequest(createdAt), service_type: spec.service, location: "Boston MA" },
      timeZone: "America/New_York",
      origin: null,
      calls: callIds.map((callId) => ({
        id: callId,
        providerId: providerFor[spec.service],
        distanceKm: 1,
        scheduledFor: null,
      })),
      skipped: [],
      now: createdAt,
    });
    for (const [i, status] of spec.calls.entries()) {
      await getDb()
        .update(calls)
        .set({
          status,
          dialer: status === "queued" ? null : spec.dialer,
          // Every dialed call lasts two minutes; the one still in progress has no end yet.
          startedAt: status === "queued" ? null : createdAt,
          endedAt:
            status === "queued" || status === "in_progress" ? null : new Date(createdAt.getTime() + 120_000),
        })
        .where(eq(calls.id, callIds[i]));
    }
    await getDb()
      .update(bookings)
      .set({
        status: spec.status,
        bookedAt: spec.bookedAfterMinutes
          ? new Date(createdAt.getTime() + spec.bookedAfterMinutes * 60_000)
          : null,
      })
      .where(eq(bookings.id, id));
    if (spec.resolved) {
      await getDb().insert(bookingResolutions).values({
        bookingId: id,
        note: "Handled.",
        resolvedByEmail: "x@example.test",
        resolvedAt: createdAt,
      });
    }
  }
});
afterAll(() => restore());

async function table(query: string) {
  const response = await listBookings(
    jsonRequest(`/api/admin/bookings?${query}`, { cookie: sessions.admin }),
    {},
  );
  expect(response.status).toBe(200);
  return response.json();
}
const idsOf = (body: { bookings: Array<{ booking_id: string }> }) => body.bookings.map((b) => b.booking_id);

describe("the admin bookings table", () => {
  it("lists every booking newest first with the counts per status", async () => {
    const body = await table("");
    expect(idsOf(body)).toEqual([ids[4], ids[3], ids[2], ids[1], ids[0], ids[5]]);
    expect(body.counts).toEqual({
      all: 6,
      processing: 1,
      awaiting_choice: 0,
      confirming: 0,
      booked: 3,
      failed: 2,
      canceled: 0,
    });
    expect(body.bookings[0]).toMatchObject({
      service_type: "dentist",
      calls_total: 2,
      calls_ended: 0,
      dialers: ["simulated"],
    });
    expect(body.bookings[3]).toMatchObject({
      calls_total: 3,
      calls_ended: 3,
      dialers: ["twilio"],
      booked_provider_name: null,
    });
  });

  it("filters by status, keeping the counts of the other statuses under the remaining filters", async () => {
    const body = await table("status=booked&service_type=dentist");
    expect(idsOf(body)).toEqual([ids[1], ids[0]]);
    expect(body.counts).toMatchObject({ all: 4, booked: 2, failed: 1, processing: 1 });
  });

  it("filters by service type, date range (inclusive local dates), person, dialer and resolution", async () => {
    expect(idsOf(await table("service_type=barber"))).toEqual([ids[2]]);
    expect(idsOf(await table("from=2026-11-24&to=2026-11-25"))).toEqual([ids[3], ids[2], ids[1]]);
    expect(
      idsOf(await table(`user=${encodeURIComponent(sessions.adminEmail.slice(0, 12).toUpperCase())}`)),
    ).toEqual([ids[3], ids[2]]);
    const personId = await userIdOf(sessions.userEmail);
    expect(idsOf(await table(`user=${personId}`))).toEqual([ids[4], ids[1], ids[0], ids[5]]);
    expect(idsOf(await table("dialer=elevenlabs"))).toEqual([ids[3]]);
    expect(idsOf(await table("resolution=resolved"))).toEqual([ids[2]]);
    expect(idsOf(await table("resolution=unresolved&status=failed"))).toEqual([ids[5]]);
  });

  it("refuses filters it cannot read, with the field named", async () => {
    for (const query of [
      "status=lost",
      "from=yesterday",
      "from=2026-11-25&to=2026-11-01",
      "dialer=carrier-pigeon",
      "colour=red",
    ]) {
      const response = await listBookings(
        jsonRequest(`/api/admin/bookings?${query}`, { cookie: sessions.admin }),
        {},
      );
      expect(response.status, query).toBe(400);
      expect((await response.json()).error, query).toMatch(/^Invalid request/);
    }
  });

  it("pages through 25 at a time", async () => {
    const body = await table("page=2");
    expect(body).toMatchObject({ page: 2, page_size: 25, total: 6, page_count: 1, bookings: [] });
  });
});

describe("the overview", () => {
  it("counts bookings and calls per day, the success rate, the median time to booked and calls by outcome", async () => {
    const response = await overview(
      jsonRequest("/api/admin/overview?days=7", { cookie: sessions.admin }),
      {},
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.time_zone).toBe("UTC");
    expect(body.days.map((d: { date: string }) => d.date)).toEqual([
      "2026-11-20",
      "2026-11-21",
      "2026-11-22",
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
    ]);
    // Simulated calls cost nothing; each real one costs $0.01 plus $0.12 a minute (the defaults).
    expect(body.days[0]).toEqual({
      date: "2026-11-20",
      bookings: 1,
      booked: 1,
      calls: 2,
      dialed: 2,
      talk_minutes: 4,
      spend_usd: 0,
    });
    expect(body.days[4]).toEqual({
      date: "2026-11-24",
      bookings: 2,
      booked: 1,
      calls: 5,
      dialed: 5,
      talk_minutes: 10,
      spend_usd: 0.75,
    });
    expect(body.days[5]).toMatchObject({ date: "2026-11-25", dialed: 1, talk_minutes: 2, spend_usd: 0.25 });
    expect(body.totals).toEqual({
      bookings: 5,
      booked: 3,
      not_booked: 1,
      calls: 10,
      dialed: 9,
      talk_minutes: 16,
      spend_usd: 1,
    });
    expect(body.cost).toEqual({ per_minute_usd: 0.12, per_call_usd: 0.01 });
    expect(body.success_rate).toBeCloseTo(0.75);
    expect(body.median_minutes_to_booked).toBe(10);
    expect(body.calls_by_outcome).toEqual([
      { status: "completed", count: 3 },
      { status: "no_answer", count: 2 },
      { status: "busy", count: 1 },
      { status: "failed", count: 1 },
      { status: "voicemail", count: 1 },
    ]);
  });

  it("takes only the offered periods", async () => {
    const response = await overview(
      jsonRequest("/api/admin/overview?days=5", { cookie: sessions.admin }),
      {},
    );
    expect(response.status).toBe(400);
  });
});
