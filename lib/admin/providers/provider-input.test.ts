import { describe, expect, test } from "vitest";
import { checkProviderInput, type ProviderInput } from "./provider-input";

const valid: ProviderInput = {
  name: "Harbor Dental",
  service_type: "dentist",
  phone: "(617) 555-0188",
  address: "12 Harbor St, Boston, MA 02110",
  city: "Boston",
  country: "us",
  opening_hours: "mon-fri 08:00-17:00",
};

describe("checking a provider an admin gives", () => {
  test("a complete provider is normalised: E.164 phone, country code, coordinates and zone from the city", () => {
    const checked = checkProviderInput(valid);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.fields).toMatchObject({
      phone: "+16175550188",
      country: "US",
      serviceType: "dentist",
      timeZone: "America/New_York",
      rating: null,
      openingHours: { mon: [["08:00", "17:00"]] },
    });
    expect(checked.fields.latitude).toBeCloseTo(42.36, 1);
  });

  test("given coordinates and zone are kept, and the service type may be written as people write it", () => {
    const checked = checkProviderInput({
      ...valid,
      service_type: "Hair salon",
      latitude: "51.5",
      longitude: -0.12,
      time_zone: "Europe/London",
      country: "GB",
      phone: "020 7946 0123",
      rating: "4.5",
    });
    expect(checked.ok && checked.fields).toMatchObject({
      serviceType: "hair_salon",
      latitude: 51.5,
      longitude: -0.12,
      timeZone: "Europe/London",
      phone: "+442079460123",
      rating: 4.5,
    });
  });

  test("every wrong field is reported at once, each with its column", () => {
    const checked = checkProviderInput({
      name: "",
      service_type: "astrologer",
      phone: "12345",
      address: "1 Main St",
      city: "Boston",
      country: "XX",
      time_zone: "Mars/Olympus",
      rating: "7",
      latitude: "north",
      opening_hours: "whenever",
    });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors.map((e) => e.column).sort()).toEqual(
      ["country", "latitude", "name", "opening_hours", "phone", "rating", "service_type", "time_zone"].sort(),
    );
  });

  test("only one of latitude and longitude is refused", () => {
    const checked = checkProviderInput({ ...valid, latitude: "42.3" });
    expect(!checked.ok && checked.errors).toEqual([
      { column: "longitude", message: "give both latitude and longitude, or neither" },
    ]);
  });

  test("a city the gazetteer does not know needs coordinates", () => {
    const checked = checkProviderInput({ ...valid, city: "Nowheresville Qqq" });
    expect(!checked.ok && checked.errors[0]).toMatchObject({ column: "latitude" });
  });

  test("a missing phone is refused unless the provider never had one (a discovered business)", () => {
    expect(checkProviderInput({ ...valid, phone: "" }).ok).toBe(false);
    const kept = checkProviderInput({ ...valid, phone: "" }, { allowMissingPhone: true });
    expect(kept.ok && kept.fields.phone).toBeNull();
  });

  test("the call language is one of en, es, fr, de (any case), or empty to follow the country and city", () => {
    const given = (language: string) => checkProviderInput({ ...valid, language });
    const french = given("FR");
    expect(french.ok && french.fields.language).toBe("fr");
    const following = given("");
    expect(following.ok && following.fields.language).toBeNull();
    expect(given("it")).toEqual({
      ok: false,
      errors: [
        { column: "language", message: "must be one of en, es, fr, de, or empty to follow the country" },
      ],
    });
  });
});
