import { describe, expect, test } from "vitest";
import { geocodeLocation, geocodedPlaceSchema } from "./geocode";

type Expected = { city: string; region: string | null; country: string; timeZone: string };
const cambridgeMa: Expected = {
  city: "Cambridge",
  region: "MA",
  country: "US",
  timeZone: "America/New_York",
};
const cambridgeUk: Expected = { city: "Cambridge", region: "ENG", country: "GB", timeZone: "Europe/London" };
const boston: Expected = { city: "Boston", region: "MA", country: "US", timeZone: "America/New_York" };
const newYork: Expected = {
  city: "New York City",
  region: "NY",
  country: "US",
  timeZone: "America/New_York",
};
const sanFrancisco: Expected = {
  city: "San Francisco",
  region: "CA",
  country: "US",
  timeZone: "America/Los_Angeles",
};
const chicago: Expected = { city: "Chicago", region: "IL", country: "US", timeZone: "America/Chicago" };
const london: Expected = { city: "London", region: "ENG", country: "GB", timeZone: "Europe/London" };

const table: Array<[input: string, preferCountry: string | undefined, expected: Expected | null]> = [
  ["Cambridge MA", undefined, cambridgeMa],
  ["Cambridge, Massachusetts", undefined, cambridgeMa],
  ["Cambridge, MA 02139", undefined, cambridgeMa],
  ["Cambridge, Mass.", undefined, cambridgeMa],
  ["Cambridge, MA, USA", undefined, cambridgeMa],
  ["Harvard Square, Cambridge MA", undefined, cambridgeMa],
  ["Cambridge", "US", cambridgeMa],
  ["Cambridge", undefined, cambridgeUk],
  ["Cambridge UK", undefined, cambridgeUk],
  ["Cambridge England", "US", cambridgeUk],
  ["Boston", undefined, boston],
  ["downtown Boston", undefined, boston],
  ["near Boston", undefined, boston],
  ["Boston area", "US", boston],
  ["NYC", undefined, newYork],
  ["New York", undefined, newYork],
  ["new york city", undefined, newYork],
  ["Manhattan", undefined, { city: "Manhattan", region: "NY", country: "US", timeZone: "America/New_York" }],
  [
    "Brooklyn, New York",
    undefined,
    { city: "Brooklyn", region: "NY", country: "US", timeZone: "America/New_York" },
  ],
  ["SF", undefined, sanFrancisco],
  ["San Francisco", undefined, sanFrancisco],
  ["Chicago", undefined, chicago],
  ["London", undefined, london],
  ["London", "US", london],
  ["London UK", undefined, london],
  ["London SW1A 1AA", undefined, london],
  ["Paris, Texas", undefined, { city: "Paris", region: "TX", country: "US", timeZone: "America/Chicago" }],
  [
    "Seattle, Washington",
    undefined,
    { city: "Seattle", region: "WA", country: "US", timeZone: "America/Los_Angeles" },
  ],
  [
    "Cambridge ON",
    undefined,
    { city: "Cambridge", region: "08", country: "CA", timeZone: "America/Toronto" },
  ],
  ["asdfghjkl", undefined, null],
  ["xyzzy plugh", undefined, null],
  ["the moon", undefined, null],
  ["not sure", undefined, null],
  ["12345", undefined, null],
  ["", undefined, null],
  ["   ", undefined, null],
];

describe("geocodeLocation", () => {
  const cases = table.map(([input, preferCountry, expected]) => ({
    input,
    preferCountry,
    preferring: preferCountry ?? "no country",
    expected,
  }));
  test.each(cases)(
    "$input (preferring $preferring) → $expected.city",
    ({ input, preferCountry, expected }) => {
      const place = geocodeLocation(input, { preferCountry });
      if (expected === null) {
        expect(place).toBeNull();
        return;
      }
      expect(place).toMatchObject(expected);
      expect(geocodedPlaceSchema.safeParse(place).success).toBe(true);
    },
  );

  test("places the city near its centre and labels it for people", () => {
    const place = geocodeLocation("Cambridge, MA")!;
    expect(place.latitude).toBeCloseTo(42.37, 1);
    expect(place.longitude).toBeCloseTo(-71.11, 1);
    expect(place.label).toBe("Cambridge, MA, United States");
    expect(geocodeLocation("Cambridge England")!.label).toBe("Cambridge, England, United Kingdom");
  });

  test("a state name rules out namesakes elsewhere even when they are bigger", () => {
    expect(geocodeLocation("Birmingham")).toMatchObject({ country: "GB" });
    expect(geocodeLocation("Birmingham, Alabama")).toMatchObject({ country: "US", region: "AL" });
    expect(geocodeLocation("Birmingham AL")).toMatchObject({ country: "US", region: "AL" });
  });

  test("contradictory qualifiers find nothing rather than guessing", () => {
    expect(geocodeLocation("Cambridge, MA, UK")).toBeNull();
  });
});
