// Provider discovery through the confirm route, against a local stub of the Google Places API: what Places finds is
// cached and called, and the booking page says why a found business was not called.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postBookingRequest } from "@/app/api/booking/request/route";
import { GET as getBooking } from "@/app/api/booking/[id]/route";
import { listCallsForBooking } from "@/db/calls";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { providers } from "@/db/schema";
import { fixedClock } from "@/lib/clock";
import { resetConfigForTests } from "@/lib/config";
import { overrideRuntime } from "@/lib/runtime";
import { eq } from "drizzle-orm";
import { cambridgeDentists } from "../support/places-fixtures";
import { startPlacesStub, type PlacesStub } from "../support/places-stub";
import { anonymousSession, jsonRequest, params } from "./helpers";

let stub: PlacesStub;
let restoreRuntime: () => void;
const clock = fixedClock("2026-11-26T15:00:00Z");

beforeAll(async () => {
  await seedDemoDirectory();
  stub = await startPlacesStub([...cambridgeDentists]);
  restoreRuntime = overrideRuntime({ clock });
});
afterAll(async () => {
  restoreRuntime();
  await stub.close();
  delete process.env.GOOGLE_PLACES_API_KEY;
  delete process.env.GOOGLE_PLACES_BASE_URL;
  resetConfigForTests();
});

function useKey(on: boolean) {
  if (on) {
    process.env.GOOGLE_PLACES_API_KEY = stub.apiKey;
    process.env.GOOGLE_PLACES_BASE_URL = stub.baseUrl;
  } else {
    delete process.env.GOOGLE_PLACES_API_KEY;
    delete process.env.GOOGLE_PLACES_BASE_URL;
  }
  resetConfigForTests();
}

async function confirmDentistRequest(swarmSize = 15) {
  const cookie = await anonymousSession();
  const response = await postBookingRequest(
    jsonRequest("/api/booking/request", {
      cookie,
      body: {
        service_type: "dentist",
        location: "Cambridge MA",
        timeframe: "next week",
        client_name: "Sam Lee",
        time_zone: "America/New_York",
        preferences: { swarm_size: swarmSize, mode: "review" },
      },
    }),
    {},
  );
  expect(response.status).toBe(202);
  const { booking_id } = await response.json();
  const view = await (
    await getBooking(jsonRequest(`/api/booking/${booking_id}`, { cookie }), params({ id: booking_id }))
  ).json();
  return { bookingId: booking_id as string, view };
}

const reasonFor = (view: { skipped: Array<{ provider_name: string; reason: string }> }, name: string) =>
  view.skipped.find((entry) => entry.provider_name === name)?.reason;

describe("provider discovery on confirmation", () => {
  it("without GOOGLE_PLACES_API_KEY, calls from the directory alone and never asks Google", async () => {
    useKey(false);
    const { view } = await confirmDentistRequest();
    expect(stub.requests).toHaveLength(0);
    expect(view.skipped.some((s: { provider_name: string }) => s.provider_name.includes("Kendall"))).toBe(
      false,
    );
  });

  it("with a key, calls businesses Places found and says why the others were not called", async () => {
    useKey(true);
    stub.requests.length = 0;
    const { bookingId, view } = await confirmDentistRequest();
    expect(stub.requests[0]).toMatchObject({
      path: "/v1/places:searchText",
      body: expect.objectContaining({ textQuery: "dentist in Cambridge MA" }),
    });

    expect(reasonFor(view, "Porter Square Smiles")).toBe("has no phone number to call");
    expect(reasonFor(view, "Central Square Dental Studio")).toBe("closed permanently");
    expect(reasonFor(view, "Worcester Dental Group")).toMatch(/^5\d\.\d km away, beyond the 40 km limit$/);

    const [kendall] = await getDb()
      .select()
      .from(providers)
      .where(eq(providers.externalRef, "ChIJkendall-dental"));
    expect(kendall).toMatchObject({ source: "google", phone: "+17815550142", serviceType: "dentist" });
    const called = (await listCallsForBooking(bookingId)).map((call) => call.providerId);
    expect(called).toContain(kendall!.id);
  });

  it("when Places is down, the booking still starts from the directory and the recent cache", async () => {
    useKey(true);
    stub.failWith = 500;
    try {
      const { bookingId, view } = await confirmDentistRequest();
      expect(view.status).toBe("processing");
      const [kendall] = await getDb()
        .select()
        .from(providers)
        .where(eq(providers.externalRef, "ChIJkendall-dental"));
      const called = (await listCallsForBooking(bookingId)).map((call) => call.providerId);
      expect(called).toContain(kendall!.id);
    } finally {
      stub.failWith = null;
    }
  });
});
