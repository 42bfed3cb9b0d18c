import { beforeAll, describe, expect, test } from "vitest";
import { seedDemoDirectory } from "@/db/providers";
import { demoDirectory } from "./demo-directory";
import { geocodeLocation } from "./geocode";
import type { OpeningHours } from "./opening-hours";
import { chooseProvidersForRequest, selectProviders, type ProviderCandidate } from "./select-providers";

const harvardSquare = { latitude: 42.3732, longitude: -71.1189 };
const greaterBoston = ["Cambridge", "Boston", "Somerville", "Brookline", "Newton"];
// Monday 7 December 2026 to the following Monday, Boston time.
const nextWeek = { start: "2026-12-07T00:00:00-05:00", end: "2026-12-14T00:00:00-05:00" };
const mornings = { start: "08:00", end: "12:00" };
const weekdaysNineToFive: OpeningHours = {
  mon: [["09:00", "17:00"]],
  tue: [["09:00", "17:00"]],
  wed: [["09:00", "17:00"]],
  thu: [["09:00", "17:00"]],
  fri: [["09:00", "17:00"]],
};

let serial = 0;
/** A dentist in Harvard Square open weekdays, unless the test says otherwise. */
function candidate(overrides: Partial<ProviderCandidate> = {}): ProviderCandidate {
  serial += 1;
  return {
    id: `test-dentist-${serial}`,
    serviceType: "dentist",
    phone: `+1617555${String(100 + serial).padStart(4, "0")}`,
    city: "Cambridge",
    latitude: harvardSquare.latitude,
    longitude: harvardSquare.longitude,
    timeZone: "America/New_York",
    rating: 4.5,
    openingHours: weekdaysNineToFive,
    disabled: false,
    ...overrides,
  };
}

/** A point `km` kilometres due north of Harvard Square (1° of latitude ≈ 111.2 km). */
const northBy = (km: number) => ({
  latitude: harvardSquare.latitude + km / 111.195,
  longitude: harvardSquare.longitude,
});

function select(
  providers: ProviderCandidate[],
  overrides: Partial<Parameters<typeof selectProviders>[0]> = {},
) {
  return selectProviders({
    serviceType: "dentist",
    origin: harvardSquare,
    locationText: "Cambridge MA",
    window: nextWeek,
    timeOfDay: null,
    swarmSize: 5,
    maxDistanceKm: 10,
    providers,
    ...overrides,
  });
}

const reasonFor = (selection: ReturnType<typeof select>, id: string) =>
  selection.skipped.find((entry) => entry.provider.id === id)?.reason.text;
const chosenIds = (selection: ReturnType<typeof select>) =>
  selection.chosen.map((entry) => entry.provider.id);

describe("selectProviders", () => {
  test("skips a business beyond the distance limit, saying how far it is", () => {
    const near = candidate({ ...northBy(3) });
    const far = candidate({ ...northBy(14.2) });
    const selection = select([near, far]);
    expect(chosenIds(selection)).toEqual([near.id]);
    expect(reasonFor(selection, far.id)).toBe("14.2 km away, beyond the 10 km limit");
    expect(selection.chosen[0].distanceKm).toBeCloseTo(3, 1);
  });

  test("skips a business with no phone number", () => {
    const silent = candidate({ phone: null });
    const selection = select([silent]);
    expect(selection.chosen).toEqual([]);
    expect(reasonFor(selection, silent.id)).toBe("has no phone number to call");
  });

  test("skips a disabled business", () => {
    const disabled = candidate({ disabled: true });
    expect(reasonFor(select([disabled]), disabled.id)).toBe("disabled by an administrator");
  });

  test("skips a business closed on every day of the window", () => {
    const weekendOnly = candidate({ openingHours: { sat: [["09:00", "17:00"]], sun: [["09:00", "17:00"]] } });
    const weekdays = { start: "2026-12-07T00:00:00-05:00", end: "2026-12-12T00:00:00-05:00" };
    const selection = select([weekendOnly], { window: weekdays });
    expect(selection.chosen).toEqual([]);
    expect(reasonFor(selection, weekendOnly.id)).toBe("closed during your window");
  });

  test("skips a business open in the window but never at the preferred time of day", () => {
    const eveningsOnly = candidate({
      openingHours: { mon: [["17:00", "22:00"]], tue: [["17:00", "22:00"]] },
    });
    const selection = select([eveningsOnly], { timeOfDay: mornings });
    expect(reasonFor(selection, eveningsOnly.id)).toBe(
      "closed during your window at the time of day you prefer",
    );
  });

  test("without a window, still skips a business never open at the preferred time of day", () => {
    const eveningsOnly = candidate({ openingHours: { fri: [["17:00", "22:00"]] } });
    const selection = select([eveningsOnly], { window: null, timeOfDay: mornings });
    expect(reasonFor(selection, eveningsOnly.id)).toBe("never open at the time of day you prefer");
  });

  test("ranks nearer businesses first when they are otherwise alike", () => {
    const [far, near, middle] = [candidate(northBy(8)), candidate(northBy(1)), candidate(northBy(4))];
    expect(chosenIds(select([far, near, middle]))).toEqual([near.id, middle.id, far.id]);
  });

  test("ranks a better-rated business first at the same distance", () => {
    const poor = candidate({ rating: 3.6 });
    const good = candidate({ rating: 4.9 });
    const unrated = candidate({ rating: null });
    expect(chosenIds(select([poor, unrated, good]))).toEqual([good.id, unrated.id, poor.id]);
  });

  test("ranks a business open for more of the preferred time first, all else equal", () => {
    const lateStarter = candidate({ openingHours: { mon: [["11:00", "17:00"]] } });
    const earlyBird = candidate({ openingHours: { mon: [["07:00", "17:00"]] } });
    expect(chosenIds(select([lateStarter, earlyBird], { timeOfDay: mornings }))).toEqual([
      earlyBird.id,
      lateStarter.id,
    ]);
  });

  test("chooses no more than the swarm size and says why the rest wait", () => {
    const providers = [1, 2, 3, 4].map((km) => candidate(northBy(km)));
    const selection = select(providers, { swarmSize: 2 });
    expect(chosenIds(selection)).toEqual([providers[0].id, providers[1].id]);
    expect(reasonFor(selection, providers[2].id)).toBe("not among the 2 best matches");
    expect(selection.skipped).toHaveLength(2);
  });

  test("ignores businesses of another service type altogether", () => {
    const plumber = candidate({ serviceType: "plumber" });
    const selection = select([plumber]);
    expect(selection.chosen).toEqual([]);
    expect(selection.skipped).toEqual([]);
  });

  test("without an origin, matches the city named in the location text", () => {
    const inCambridge = candidate({ city: "Cambridge" });
    const inNewYork = candidate({ city: "New York" });
    const byName = select([inCambridge, inNewYork], { origin: null, locationText: "Cambridge, Mass" });
    expect(chosenIds(byName)).toEqual([inCambridge.id]);
    expect(reasonFor(byName, inNewYork.id)).toBe("in New York, not in Cambridge, Mass");
    expect(byName.chosen[0].distanceKm).toBeNull();
    const byNickname = select([inCambridge, inNewYork], { origin: null, locationText: "somewhere in NYC" });
    expect(chosenIds(byNickname)).toEqual([inNewYork.id]);
  });

  test("the 5 dentists for Cambridge MA next week in the mornings are all in Greater Boston", () => {
    const origin = geocodeLocation("Cambridge MA");
    const selection = selectProviders({
      serviceType: "dentist",
      origin,
      locationText: "Cambridge MA",
      window: nextWeek,
      timeOfDay: mornings,
      swarmSize: 5,
      maxDistanceKm: 40,
      providers: demoDirectory.map((provider) => ({ ...provider, disabled: false })),
    });
    expect(selection.chosen).toHaveLength(5);
    for (const { provider, distanceKm } of selection.chosen) {
      expect(greaterBoston).toContain(provider.city);
      expect(distanceKm).toBeLessThan(10);
    }
    const farAway = selection.skipped.filter((entry) => entry.reason.text.includes("beyond the 40 km limit"));
    expect(farAway).toHaveLength(12);
    expect(
      selection.skipped.filter((entry) => entry.reason.text === "not among the 5 best matches"),
    ).toHaveLength(10);
  });

  test("a restaurant open only for dinner is not called about a lunch booking", () => {
    const selection = selectProviders({
      serviceType: "restaurant",
      origin: harvardSquare,
      locationText: "Cambridge MA",
      window: nextWeek,
      timeOfDay: { start: "12:00", end: "14:00" },
      swarmSize: 10,
      maxDistanceKm: 40,
      providers: demoDirectory.map((provider) => ({ ...provider, disabled: false })),
    });
    expect(reasonFor(selection, "restaurant-cambridge-ma-2")).toBe(
      "closed during your window at the time of day you prefer",
    );
    expect(chosenIds(selection)).toContain("restaurant-cambridge-ma-1");
  });
});

describe("selectProviders with discovered businesses", () => {
  test("never calls a business Google lists as closed, and says so", () => {
    const open = candidate({ businessStatus: "operational" });
    const gone = candidate({ businessStatus: "closed_permanently" });
    const resting = candidate({ businessStatus: "closed_temporarily" });
    const selection = select([open, gone, resting]);
    expect(chosenIds(selection)).toEqual([open.id]);
    expect(reasonFor(selection, gone.id)).toBe("closed permanently");
    expect(reasonFor(selection, resting.id)).toBe("temporarily closed");
  });

  test("skips a business that publishes no opening hours, saying why", () => {
    const unknownHours = candidate({ openingHours: {} });
    const selection = select([unknownHours]);
    expect(chosenIds(selection)).toEqual([]);
    expect(reasonFor(selection, unknownHours.id)).toBe(
      "publishes no opening hours, so CallPilot cannot tell when to call",
    );
  });
});

describe("chooseProvidersForRequest", () => {
  beforeAll(async () => {
    await seedDemoDirectory();
  });

  test("geocodes the location and chooses among the stored businesses", async () => {
    const selection = await chooseProvidersForRequest({
      serviceType: "dentist",
      locationText: "Cambridge MA",
      window: nextWeek,
      timeOfDay: mornings,
      swarmSize: 5,
      maxDistanceKm: 40,
    });
    expect(selection.origin?.latitude).toBeCloseTo(42.37, 1);
    expect(selection.chosen).toHaveLength(5);
    expect(selection.chosen.every(({ provider }) => greaterBoston.includes(provider.city))).toBe(true);
    expect(selection.chosen[0].provider.openingHours).toHaveProperty("mon");
  });

  test("falls back to matching the city name when the location cannot be geocoded", async () => {
    const selection = await chooseProvidersForRequest({
      serviceType: "barber",
      locationText: "Londonish, London",
      origin: null,
      window: null,
      timeOfDay: null,
      swarmSize: 5,
    });
    expect(selection.origin).toBeNull();
    expect(selection.chosen.map(({ provider }) => provider.city)).toEqual(["London", "London"]);
  });
});
