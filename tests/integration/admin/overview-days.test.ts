// The overview counts days in the admin time zone, whatever its offset (quarter-hour ones included).
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createBookingWithCalls } from "@/db/bookings";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { bookings } from "@/db/schema";
import { loadOverview, median } from "@/lib/admin/overview";
import { fixedClock } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { createTestUser, dentistRequest } from "../support/booking-fixtures";

beforeAll(async () => {
  await seedDemoDirectory();
  const userId = await createTestUser();
  // Kathmandu is UTC+05:45: 18:10 UTC is 23:55 there, 18:20 UTC is 00:05 the next day.
  for (const [at, bookedAfterMinutes] of [
    ["2026-11-24T18:10:00Z", 3],
    ["2026-11-24T18:20:00Z", 8],
    ["2026-11-24T18:25:00Z", null],
  ] as const) {
    const id = newId("bkg");
    await createBookingWithCalls({
      id,
      taskId: null,
      userId,
      mode: "auto",
      swarmSize: 1,
      request: dentistRequest(new Date(at)),
      timeZone: "America/New_York",
      origin: null,
      calls: [{ id: newId("call"), providerId: "dentist-boston-ma-1", distanceKm: 1, scheduledFor: null }],
      skipped: [],
      now: new Date(at),
    });
    if (bookedAfterMinutes !== null) {
      await getDb()
        .update(bookings)
        .set({ status: "booked", bookedAt: new Date(Date.parse(at) + bookedAfterMinutes * 60_000) })
        .where(eq(bookings.id, id));
    }
  }
});

describe("the overview's days", () => {
  it("puts each booking and call on its local date in a quarter-hour zone", async () => {
    const overview = await loadOverview(7, fixedClock("2026-11-26T12:00:00Z"), "Asia/Kathmandu");
    const day = (date: string) => overview.days.find((d) => d.date === date);
    expect(day("2026-11-24")).toMatchObject({ date: "2026-11-24", bookings: 1, booked: 1, calls: 1 });
    expect(day("2026-11-25")).toMatchObject({ date: "2026-11-25", bookings: 2, booked: 1, calls: 2 });
    expect(overview.median_minutes_to_booked).toBe(5.5);
  });

  it("puts them all on the 24th in New York, and nothing before the period", async () => {
    const overview = await loadOverview(7, fixedClock("2026-11-26T12:00:00Z"), "America/New_York");
    expect(overview.days.find((d) => d.date === "2026-11-24")).toMatchObject({ bookings: 3, calls: 3 });
    const short = await loadOverview(7, fixedClock("2026-12-20T12:00:00Z"), "America/New_York");
    expect(short.totals).toMatchObject({ bookings: 0, booked: 0, not_booked: 0, calls: 0 });
  });

  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});
