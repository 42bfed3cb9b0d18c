import { describe, expect, test } from "vitest";
import {
  centralClosed,
  kendallDental,
  lateNightDental,
  porterNoPhone,
} from "@/tests/support/places-fixtures";
import { placeDetailsSchema } from "./discovery-places-client";
import { providerFromPlace } from "./discovery-place-to-provider";

const place = (fixture: object) => placeDetailsSchema.parse(fixture);

describe("providerFromPlace", () => {
  test("turns a documented Place Details answer into a provider row", () => {
    expect(providerFromPlace(place(kendallDental), "dentist")).toEqual({
      externalRef: "ChIJkendall-dental",
      name: "Kendall Square Family Dentistry",
      serviceType: "dentist",
      phone: "+17815550142",
      address: "300 Main St, Cambridge, MA 02142, USA",
      city: "Cambridge",
      country: "US",
      language: "en",
      latitude: 42.3625,
      longitude: -71.0862,
      timeZone: "America/New_York",
      rating: 4.8,
      openingHours: {
        mon: [["08:00", "17:00"]],
        tue: [["08:00", "17:00"]],
        wed: [["08:00", "17:00"]],
        thu: [["08:00", "17:00"]],
        fri: [["08:00", "17:00"]],
      },
      businessStatus: "operational",
    });
  });

  test("reads a national number in the place's country when there is no international one", () => {
    const row = providerFromPlace(place(lateNightDental), "dentist");
    expect(row?.phone).toBe("+17815550188");
    expect(row?.openingHours.sat).toEqual([
      ["00:00", "02:00"],
      ["18:00", "24:00"],
    ]);
  });

  test("stores no phone when Places publishes none, and the closed-permanently status", () => {
    expect(providerFromPlace(place(porterNoPhone), "dentist")?.phone).toBeNull();
    expect(providerFromPlace(place(centralClosed), "dentist")?.businessStatus).toBe("closed_permanently");
  });

  test("leaves out a place without coordinates, and an unreadable phone number", () => {
    expect(providerFromPlace(place({ ...kendallDental, location: undefined }), "dentist")).toBeNull();
    const row = providerFromPlace(
      place({ ...kendallDental, internationalPhoneNumber: "call us", nationalPhoneNumber: "12" }),
      "dentist",
    );
    expect(row?.phone).toBeNull();
  });

  test("takes the zone from the coordinates (London)", () => {
    const london = place({
      id: "ChIJlondon",
      displayName: { text: "Harley Street Dental" },
      location: { latitude: 51.5205, longitude: -0.1474 },
      addressComponents: [
        { longText: "London", shortText: "London", types: ["postal_town"] },
        { longText: "United Kingdom", shortText: "GB", types: ["country", "political"] },
      ],
      nationalPhoneNumber: "020 7946 0321",
    });
    expect(providerFromPlace(london, "dentist")).toMatchObject({
      timeZone: "Europe/London",
      city: "London",
      country: "GB",
      phone: "+442079460321",
      address: "",
      businessStatus: null,
    });
  });

  test("calls a business in its province's language: Montréal in French, Toronto in English, Madrid in Spanish", () => {
    const at = (id: string, city: string, region: string, country: string) =>
      place({
        id,
        location: { latitude: 45.5, longitude: -73.57 },
        addressComponents: [
          { longText: city, shortText: city, types: ["locality", "political"] },
          { longText: region, shortText: region, types: ["administrative_area_level_1", "political"] },
          { longText: country, shortText: country, types: ["country", "political"] },
        ],
      });
    expect(providerFromPlace(at("ChIJlaval", "Laval", "QC", "CA"), "dentist")?.language).toBe("fr");
    expect(providerFromPlace(at("ChIJtoronto", "Toronto", "ON", "CA"), "dentist")?.language).toBe("en");
    expect(providerFromPlace(at("ChIJmadrid", "Madrid", "MD", "ES"), "dentist")?.language).toBe("es");
    expect(providerFromPlace(at("ChIJberlin", "Berlin", "BE", "DE"), "dentist")?.language).toBe("de");
  });
});
