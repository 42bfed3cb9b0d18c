import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { listGoogleProvidersByPlaceIds, seedDemoDirectory } from "@/db/providers";
import { providers } from "@/db/schema";
import { fixedClock } from "@/lib/clock";
import { eq } from "drizzle-orm";
import { cambridgeDentists, kendallDental } from "@/tests/support/places-fixtures";
import { startPlacesStub, type PlacesStub } from "@/tests/support/places-stub";
import { createPlacesClient, detailsFieldMask, searchFieldMask } from "./discovery-places-client";
import { discoverProviders, type DiscoveryDeps } from "./discovery";

const cambridge = { latitude: 42.3736, longitude: -71.1097 };
const request = {
  serviceType: "dentist" as const,
  locationText: "Cambridge MA",
  origin: cambridge,
  maxDistanceKm: 40,
};

let stub: PlacesStub;
const clock = fixedClock("2026-11-26T15:00:00Z");

function deps(overrides: Partial<DiscoveryDeps> = {}): DiscoveryDeps {
  return {
    clock,
    places: createPlacesClient({ apiKey: stub.apiKey, baseUrl: stub.baseUrl }),
    refreshDays: 30,
    timeoutMs: 2_000,
    maxResults: 10,
    ...overrides,
  };
}

beforeAll(async () => {
  await seedDemoDirectory();
  stub = await startPlacesStub([...cambridgeDentists]);
});
afterAll(() => stub.close());
beforeEach(async () => {
  await getDb().delete(providers).where(eq(providers.source, "google"));
  stub.requests.length = 0;
  stub.failWith = null;
  stub.delayMs = 0;
  stub.places = [...cambridgeDentists];
  clock.set("2026-11-26T15:00:00Z");
});

describe("discoverProviders", () => {
  test("without a key it returns the directory alone and never calls Google", async () => {
    const found = await discoverProviders(request, deps({ places: null }));
    expect(found.source).toBe("directory");
    expect(found.providers).toHaveLength(27);
    expect(found.providers.every((p) => p.source === "demo")).toBe(true);
    expect(stub.requests).toHaveLength(0);
  });

  test("searches near the person, then fetches each place's details, with the documented headers and masks", async () => {
    const found = await discoverProviders(request, deps());
    expect(found.source).toBe("places");
    const [search, ...details] = stub.requests;
    expect(search).toMatchObject({
      method: "POST",
      path: "/v1/places:searchText",
      apiKey: stub.apiKey,
      fieldMask: searchFieldMask,
      body: {
        textQuery: "dentist in Cambridge MA",
        pageSize: 10,
        locationBias: { circle: { center: cambridge, radius: 40_000 } },
      },
    });
    expect(details.map((d) => [d.method, d.path, d.fieldMask])).toEqual(
      cambridgeDentists.map((place) => ["GET", `/v1/places/${place.id}`, detailsFieldMask]),
    );
    const google = found.providers.filter((p) => p.source === "google");
    expect(google.map((p) => p.externalRef)).toEqual(cambridgeDentists.map((p) => p.id));
    expect(found.providers).toHaveLength(27 + cambridgeDentists.length);
  });

  test("caches what it found and fetches details again only once they are older than the refresh age", async () => {
    await discoverProviders(request, deps());
    const stored = await listGoogleProvidersByPlaceIds([kendallDental.id]);
    expect(stored[0]).toMatchObject({ source: "google", phone: "+17815550142", refreshedAt: clock.now() });

    stub.requests.length = 0;
    clock.advance(29 * 86_400_000);
    await discoverProviders(request, deps());
    expect(stub.requests.map((r) => r.path)).toEqual(["/v1/places:searchText"]);

    stub.requests.length = 0;
    clock.advance(2 * 86_400_000);
    stub.places = cambridgeDentists.map((p) => (p.id === kendallDental.id ? { ...p, rating: 3.9 } : p));
    await discoverProviders(request, deps());
    expect(stub.requests).toHaveLength(1 + cambridgeDentists.length);
    const refreshed = await listGoogleProvidersByPlaceIds([kendallDental.id]);
    expect(refreshed[0].id).toBe(stored[0].id);
    expect(refreshed[0].rating).toBe(3.9);
  });

  test("keeps an administrator's decision to disable a discovered business when it is refreshed", async () => {
    await discoverProviders(request, deps());
    await getDb()
      .update(providers)
      .set({ disabled: true })
      .where(eq(providers.externalRef, kendallDental.id));
    clock.advance(31 * 86_400_000);
    await discoverProviders(request, deps());
    expect((await listGoogleProvidersByPlaceIds([kendallDental.id]))[0].disabled).toBe(true);
  });

  test("when Places fails it falls back to the directory and the recent cache inside the radius", async () => {
    await discoverProviders(request, deps());
    stub.failWith = 500;
    const found = await discoverProviders(request, deps());
    expect(found.source).toBe("cache");
    const google = found.providers.filter((p) => p.source === "google").map((p) => p.externalRef);
    // Worcester is cached too, but 60 km out: not worth considering.
    expect(google.sort()).toEqual(
      cambridgeDentists
        .filter((p) => p.id !== "ChIJworcester-far")
        .map((p) => p.id)
        .sort(),
    );
  });

  test("a wrong key or a slow Places API costs at most the time budget, then the directory is used", async () => {
    const wrongKey = await discoverProviders(request, {
      ...deps(),
      places: createPlacesClient({ apiKey: "wrong", baseUrl: stub.baseUrl }),
    });
    expect(wrongKey.source).toBe("cache");
    expect(wrongKey.providers).toHaveLength(27);

    stub.delayMs = 1_000;
    const started = Date.now();
    const slow = await discoverProviders(request, deps({ timeoutMs: 150 }));
    expect(Date.now() - started).toBeLessThan(900);
    expect(slow.source).toBe("cache");
  });

  test("a business already in the directory under the same number is not considered twice", async () => {
    stub.places = [{ ...kendallDental, internationalPhoneNumber: "+1 617-555-0100" }];
    const found = await discoverProviders(request, deps());
    expect(found.providers.filter((p) => p.phone === "+16175550100")).toHaveLength(1);
    expect(found.providers.every((p) => p.source === "demo")).toBe(true);
  });

  test("a place found for another service is considered for the one asked about", async () => {
    await discoverProviders({ ...request, serviceType: "doctor" }, deps());
    const found = await discoverProviders(request, deps());
    const kendall = found.providers.find((p) => p.externalRef === kendallDental.id);
    expect(kendall?.serviceType).toBe("dentist");
  });
});
