import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { demoDirectory } from "@/lib/providers/demo-directory";
import { getDb } from "./client";
import {
  upsertGoogleProvider,
  getProvider,
  getProvidersByIds,
  listCallableProviders,
  listProviders,
  seedDemoDirectory,
} from "./providers";
import { providers } from "./schema";

describe("seedDemoDirectory", () => {
  let firstRun: number;
  beforeAll(async () => {
    firstRun = await seedDemoDirectory();
  });

  test("inserts every demo business once", async () => {
    expect(firstRun).toBe(270);
    expect(await seedDemoDirectory()).toBe(0);
    expect(await getDb().select().from(providers)).toHaveLength(270);
  });

  test("stores the demo rows faithfully, with typed opening hours and profile", async () => {
    const stored = await getProvider("dentist-cambridge-ma-1");
    const expected = demoDirectory.find((p) => p.id === "dentist-cambridge-ma-1")!;
    expect(stored).toMatchObject({ ...expected, source: "demo", disabled: false });
    expect(stored?.openingHours.mon).toEqual([["08:00", "17:00"]]);
  });

  test("never overwrites a row an administrator changed, and restores one that was deleted", async () => {
    await getDb()
      .update(providers)
      .set({ name: "Renamed by admin", phone: "+16175550999", disabled: true })
      .where(eq(providers.id, "plumber-boston-ma-1"));
    await getDb().delete(providers).where(eq(providers.id, "barber-chicago-il-2"));

    expect(await seedDemoDirectory()).toBe(1);
    expect(await getProvider("plumber-boston-ma-1")).toMatchObject({
      name: "Renamed by admin",
      phone: "+16175550999",
      disabled: true,
    });
    expect(await getProvider("barber-chicago-il-2")).toBeDefined();
  });
});

describe("provider queries", () => {
  beforeAll(async () => {
    await seedDemoDirectory();
    await getDb().update(providers).set({ disabled: true }).where(eq(providers.id, "dentist-boston-ma-2"));
    await getDb().update(providers).set({ phone: null }).where(eq(providers.id, "dentist-boston-ma-3"));
  });

  test("listCallableProviders leaves out disabled businesses and those without a phone", async () => {
    const callable = await listCallableProviders("dentist");
    const ids = callable.map((p) => p.id);
    expect(ids).toHaveLength(25);
    expect(ids).not.toContain("dentist-boston-ma-2");
    expect(ids).not.toContain("dentist-boston-ma-3");
    expect(callable.every((p) => p.serviceType === "dentist")).toBe(true);
  });

  test("listProviders filters by type, hides disabled ones unless asked, and searches name, city and address", async () => {
    expect(await listProviders({ serviceType: "dentist" })).toHaveLength(26);
    expect(await listProviders({ serviceType: "dentist", includeDisabled: true })).toHaveLength(27);
    expect((await listProviders({ search: "harley" })).map((p) => p.id)).toEqual(["dentist-london-uk-1"]);
    expect(await listProviders({ search: "san francisco", serviceType: "barber" })).toHaveLength(2);
    expect((await listProviders({ search: "Hanover St" })).map((p) => p.id).sort()).toEqual([
      "doctor-boston-ma-2",
      "restaurant-boston-ma-1",
    ]);
    expect(await listProviders({ includeDisabled: true })).toHaveLength(270);
  });

  test("a search for % or _ matches those characters literally", async () => {
    expect(await listProviders({ search: "%" })).toEqual([]);
    expect(await listProviders({ search: "_" })).toEqual([]);
  });

  test("getProvider returns undefined for an unknown id", async () => {
    expect(await getProvider("no-such-provider")).toBeUndefined();
  });

  test("getProvidersByIds keeps the order asked for and leaves out unknown ids", async () => {
    const found = await getProvidersByIds(["vet-nowhere", "massage-london-uk-2", "doctor-chicago-il-1"]);
    expect(found.map((p) => p.id)).toEqual(["massage-london-uk-2", "doctor-chicago-il-1"]);
    expect(await getProvidersByIds([])).toEqual([]);
  });

  test("a stored timetable that fails validation reads as never open instead of breaking the list", async () => {
    await getDb()
      .update(providers)
      .set({ openingHours: { mon: [["17:00", "09:00"]] }, simulationProfile: "dances" })
      .where(eq(providers.id, "massage-chicago-il-2"));
    const provider = await getProvider("massage-chicago-il-2");
    expect(provider?.openingHours).toEqual({});
    expect(provider?.simulationProfile).toBeNull();
  });

  test("a discovered business keeps the language it was first given, so an admin's choice survives refreshes", async () => {
    const found = {
      externalRef: "ChIJmontreal-dental",
      name: "Clinique Dentaire Saint-Laurent",
      serviceType: "dentist",
      phone: "+15145550177",
      address: "5000 Boulevard Saint-Laurent, Montréal, QC",
      city: "Montréal",
      country: "CA",
      language: "fr" as const,
      latitude: 45.52,
      longitude: -73.59,
      timeZone: "America/Toronto",
      rating: 4.5,
      openingHours: {},
      businessStatus: "operational" as const,
    };
    const first = await upsertGoogleProvider(found, new Date("2026-11-25T09:00:00Z"));
    expect(first.language).toBe("fr");
    await getDb().update(providers).set({ language: "en" }).where(eq(providers.id, first.id));
    const refreshed = await upsertGoogleProvider({ ...found, rating: 4.6 }, new Date("2026-11-26T09:00:00Z"));
    expect(refreshed).toMatchObject({ id: first.id, rating: 4.6, language: "en" });
  });
});
