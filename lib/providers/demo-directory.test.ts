import tzLookup from "@photostructure/tz-lookup";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { describe, expect, test } from "vitest";
import { serviceTypes } from "@/lib/intake/booking-request";
import { demoCities, demoDirectory, type DemoCitySlug } from "./demo-directory";
import { distanceKm } from "./distance";
import { openingHoursSchema } from "./opening-hours";
import { simulationProfiles } from "./simulation-profile";

const citySlugs = Object.keys(demoCities) as DemoCitySlug[];
const slugOf = (id: string) => citySlugs.find((slug) => id.includes(`-${slug}-`))!;
// Cambridge and Boston used up most of 617-555-0100..0199, so the towns added later continue in 857 (also Boston's).
const areaCodes: Record<DemoCitySlug, string[]> = {
  "cambridge-ma": ["+1617555"],
  "boston-ma": ["+1617555"],
  "somerville-ma": ["+1617555", "+1857555"],
  "brookline-ma": ["+1617555", "+1857555"],
  "newton-ma": ["+1617555", "+1857555"],
  "new-york-ny": ["+1212555"],
  "san-francisco-ca": ["+1415555"],
  "chicago-il": ["+1312555"],
  "london-uk": ["+4420794"],
  "paris-fr": ["+331990001"],
  "montreal-qc": ["+151455501"],
  "berlin-de": ["+4930231251"],
  "madrid-es": ["+349155501"],
};
const greaterBoston: DemoCitySlug[] = [
  "cambridge-ma",
  "boston-ma",
  "somerville-ma",
  "brookline-ma",
  "newton-ma",
];
const cambridge = { latitude: 42.3736, longitude: -71.1097 };
/** How far CallPilot looks for businesses by default (MAX_PROVIDER_DISTANCE_KM). */
const SEARCH_RADIUS_KM = 40;
/** The most businesses a person can ask CallPilot to call at once. */
const MAX_SWARM_SIZE = 15;

describe("the demo directory", () => {
  test("has at least 23 businesses in at least 4 cities for every service type", () => {
    for (const type of serviceTypes) {
      const ofType = demoDirectory.filter((p) => p.serviceType === type);
      expect(ofType.length, type).toBeGreaterThanOrEqual(23);
      expect(new Set(ofType.map((p) => p.city)).size, type).toBeGreaterThanOrEqual(4);
    }
    expect(demoDirectory).toHaveLength(270);
  });

  test("has 3 in each Greater Boston town, 2 each of New York, San Francisco, Chicago and London, 1 each abroad per type", () => {
    const expected: Record<DemoCitySlug, number> = {
      "cambridge-ma": 3,
      "boston-ma": 3,
      "somerville-ma": 3,
      "brookline-ma": 3,
      "newton-ma": 3,
      "new-york-ny": 2,
      "san-francisco-ca": 2,
      "chicago-il": 2,
      "london-uk": 2,
      "paris-fr": 1,
      "montreal-qc": 1,
      "berlin-de": 1,
      "madrid-es": 1,
    };
    for (const type of serviceTypes) {
      for (const slug of citySlugs) {
        const count = demoDirectory.filter((p) => p.serviceType === type && slugOf(p.id) === slug).length;
        expect(count, `${type} in ${slug}`).toBe(expected[slug]);
      }
    }
  });

  test("ids are stable, readable and unique", () => {
    for (const provider of demoDirectory) {
      expect(provider.id).toMatch(new RegExp(`^${provider.serviceType}-${slugOf(provider.id)}-[1-3]$`));
    }
    expect(new Set(demoDirectory.map((p) => p.id)).size).toBe(demoDirectory.length);
    expect(demoDirectory.map((p) => p.id)).toContain("dentist-cambridge-ma-1");
  });

  test("names are unique and read like businesses, not numbered placeholders", () => {
    expect(new Set(demoDirectory.map((p) => p.name)).size).toBe(demoDirectory.length);
    for (const provider of demoDirectory) expect(provider.name).not.toMatch(/\d/);
  });

  test("every phone is a valid, unique E.164 number in the fictional range of its city", () => {
    for (const provider of demoDirectory) {
      const parsed = parsePhoneNumberFromString(provider.phone);
      expect(parsed?.isValid(), provider.phone).toBe(true);
      expect(parsed?.number).toBe(provider.phone);
      const prefixes = areaCodes[slugOf(provider.id)];
      expect(
        prefixes.some((prefix) => provider.phone.startsWith(prefix)),
        provider.id,
      ).toBe(true);
      const local = Number(provider.phone.slice(-4));
      if (provider.country === "US" || provider.country === "CA") {
        expect(local >= 100 && local <= 199, provider.phone).toBe(true);
      } else if (provider.country === "GB") {
        expect(provider.phone).toMatch(/^\+442079460\d{3}$/); // Ofcom drama range 020 7946 0000..0999
      }
    }
    expect(new Set(demoDirectory.map((p) => p.phone)).size).toBe(demoDirectory.length);
  });

  test("every business lies within 15 km of its city centre, and the smaller towns' within 5 km", () => {
    const smallTowns: DemoCitySlug[] = ["somerville-ma", "brookline-ma", "newton-ma"];
    for (const provider of demoDirectory) {
      const slug = slugOf(provider.id);
      const [latitude, longitude] = demoCities[slug].centre;
      const distance = distanceKm({ latitude, longitude }, provider);
      expect(distance, provider.id).toBeLessThan(smallTowns.includes(slug) ? 5 : 15);
      expect(provider.city, provider.id).toBe(demoCities[slug].city);
    }
  });

  test(`every type has at least ${MAX_SWARM_SIZE} businesses within ${SEARCH_RADIUS_KM} km of Cambridge MA, a full swarm`, () => {
    for (const type of serviceTypes) {
      const nearby = demoDirectory.filter(
        (p) => p.serviceType === type && distanceKm(cambridge, p) <= SEARCH_RADIUS_KM,
      );
      expect(nearby.length, type).toBeGreaterThanOrEqual(MAX_SWARM_SIZE);
      for (const provider of nearby) expect(greaterBoston, provider.id).toContain(slugOf(provider.id));
    }
  });

  test("every time zone is the city's, and the one its coordinates fall in", () => {
    for (const provider of demoDirectory) {
      expect(provider.timeZone).toBe(demoCities[slugOf(provider.id)].timeZone);
      expect(tzLookup(provider.latitude, provider.longitude), provider.id).toBe(provider.timeZone);
    }
  });

  test("every timetable is valid and opens at least four days a week", () => {
    for (const provider of demoDirectory) {
      expect(openingHoursSchema.safeParse(provider.openingHours).success, provider.id).toBe(true);
      expect(Object.keys(provider.openingHours).length, provider.id).toBeGreaterThanOrEqual(4);
    }
  });

  test("ratings are between 3.6 and 4.9", () => {
    for (const provider of demoDirectory) {
      expect(provider.rating).toBeGreaterThanOrEqual(3.6);
      expect(provider.rating).toBeLessThanOrEqual(4.9);
    }
  });

  test("the first business of each type in each city accepts", () => {
    for (const provider of demoDirectory.filter((p) => p.id.endsWith("-1"))) {
      expect(provider.simulationProfile, provider.id).toBe("accepts");
    }
  });

  test("every type shows every receptionist behaviour at least once (the hand-over only for two)", () => {
    const everyType = simulationProfiles.filter((profile) => profile !== "wants_person");
    for (const type of serviceTypes) {
      const profiles = new Set(
        demoDirectory.filter((p) => p.serviceType === type).map((p) => p.simulationProfile),
      );
      profiles.delete("wants_person");
      expect([...profiles].sort(), type).toEqual([...everyType].sort());
    }
  });

  test("a London dentist and a London doctor insist on speaking to the person", () => {
    const insisting = demoDirectory.filter((p) => p.simulationProfile === "wants_person").map((p) => p.id);
    expect(insisting.sort()).toEqual(["dentist-london-uk-2", "doctor-london-uk-2"]);
  });

  test("one business per type asks not to be called again, never one of the 15 around Boston", () => {
    // An opt-out puts the number on the do-not-call list for good; around Boston it would shrink a full swarm.
    for (const type of serviceTypes) {
      const optingOut = demoDirectory.filter(
        (p) => p.serviceType === type && p.simulationProfile === "opt_out",
      );
      expect(optingOut, type).toHaveLength(1);
      expect(greaterBoston).not.toContain(slugOf(optingOut[0].id));
      expect(optingOut[0].id.endsWith("-1"), optingOut[0].id).toBe(false);
    }
  });

  test("about half of all businesses accept, and about half of each type's 15 around Boston", () => {
    // The one business per type abroad always accepts, so each language's demo can complete a booking.
    const home = demoDirectory.filter((p) => p.country === "US" || p.country === "GB");
    const accepting = home.filter((p) => p.simulationProfile === "accepts").length;
    expect(accepting / home.length).toBeGreaterThanOrEqual(0.45);
    expect(accepting / home.length).toBeLessThanOrEqual(0.55);
    for (const type of serviceTypes) {
      const local = demoDirectory.filter(
        (p) => p.serviceType === type && (p.city === "Cambridge" || p.city === "Boston"),
      );
      expect(local).toHaveLength(6);
      expect(local.filter((p) => p.simulationProfile === "accepts").length, type).toBeGreaterThanOrEqual(3);
      const greater = demoDirectory.filter(
        (p) => p.serviceType === type && greaterBoston.includes(slugOf(p.id)),
      );
      expect(greater).toHaveLength(15);
      const accepting = greater.filter((p) => p.simulationProfile === "accepts").length;
      expect(accepting, type).toBeGreaterThanOrEqual(7);
      expect(accepting, type).toBeLessThanOrEqual(9);
    }
  });

  test("businesses abroad are called in their language: Paris and Montréal in French, Berlin in German, Madrid in Spanish", () => {
    const languageIn = (slug: DemoCitySlug) =>
      new Set(demoDirectory.filter((p) => slugOf(p.id) === slug).map((p) => p.language));
    expect(languageIn("paris-fr")).toEqual(new Set(["fr"]));
    expect(languageIn("montreal-qc")).toEqual(new Set(["fr"]));
    expect(languageIn("berlin-de")).toEqual(new Set(["de"]));
    expect(languageIn("madrid-es")).toEqual(new Set(["es"]));
    expect(languageIn("london-uk")).toEqual(new Set(["en"]));
  });
});
