// What an admin gives for a provider (a form, the API, a CSV row), checked field by field so every problem is
// reported at once with its column: E.164 phone (libphonenumber-js), country, IANA time zone, coordinates (or a
// city the offline gazetteer knows), rating, opening hours and the language calls are made in.
import tzLookup from "@photostructure/tz-lookup";
import { z } from "zod";
import { isKnownCountryCode, parsePhoneNumber } from "@/lib/admin/phone-number";
import { isKnownTimeZone } from "@/lib/config";
import { serviceTypes, type ServiceType } from "@/lib/intake/booking-request";
import { geocodeLocation } from "@/lib/providers/geocode";
import { callLanguages, callLanguageSchema, type CallLanguage } from "@/lib/providers/provider-language";
import type { OpeningHours } from "@/lib/providers/opening-hours";
import { parseOpeningHoursText } from "./opening-hours-text";

export const providerColumns = [
  "name",
  "service_type",
  "phone",
  "address",
  "city",
  "country",
  "time_zone",
  "latitude",
  "longitude",
  "rating",
  "opening_hours",
  "language",
] as const;
export type ProviderColumn = (typeof providerColumns)[number];
export const requiredProviderColumns: readonly ProviderColumn[] = [
  "name",
  "service_type",
  "phone",
  "address",
  "city",
  "country",
  "opening_hours",
];

const scalar = z.union([z.string().max(2_000), z.number()]).nullish();

/** The raw shape: strings (CSV, forms) or numbers (JSON); opening hours as text or the directory's object. */
export const providerInputSchema = z
  .object({
    name: scalar,
    service_type: scalar,
    phone: scalar,
    address: scalar,
    city: scalar,
    country: scalar,
    time_zone: scalar,
    latitude: scalar,
    longitude: scalar,
    rating: scalar,
    opening_hours: z.union([z.string().max(2_000), z.record(z.string(), z.unknown())]).nullish(),
    language: scalar,
  })
  .strict();
export type ProviderInput = z.infer<typeof providerInputSchema>;

/** A provider ready for the directory. */
export interface ProviderFields {
  name: string;
  serviceType: ServiceType;
  /** Null only for a business that publishes no number (a discovered one); it is never called. */
  phone: string | null;
  address: string;
  city: string;
  country: string;
  timeZone: string;
  latitude: number;
  longitude: number;
  rating: number | null;
  openingHours: OpeningHours;
  /** The language calls are made in; null: the one of its country and city (lib/providers/provider-language.ts). */
  language: CallLanguage | null;
}

export interface FieldError {
  column: ProviderColumn;
  message: string;
}

export type ProviderCheck = { ok: true; fields: ProviderFields } | { ok: false; errors: FieldError[] };

const textOf = (value: unknown): string =>
  value === null || value === undefined ? "" : String(value).trim();

export function checkProviderInput(
  input: ProviderInput,
  options: { allowMissingPhone?: boolean } = {},
): ProviderCheck {
  const errors: FieldError[] = [];
  const fail = (column: ProviderColumn, message: string) => {
    errors.push({ column, message });
    return undefined;
  };
  const required = (column: ProviderColumn, max: number) => {
    const value = textOf(input[column]);
    if (value === "") return fail(column, "is required");
    if (value.length > max) return fail(column, `is longer than ${max} characters`);
    return value;
  };

  const name = required("name", 200);
  const address = required("address", 300);
  const city = required("city", 100);
  const serviceTypeText = textOf(input.service_type)
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  const serviceType = (serviceTypes as readonly string[]).includes(serviceTypeText)
    ? (serviceTypeText as ServiceType)
    : fail(
        "service_type",
        serviceTypeText === "" ? "is required" : `must be one of ${serviceTypes.join(", ")}`,
      );
  const countryText = textOf(input.country).toUpperCase();
  const country = isKnownCountryCode(countryText)
    ? countryText
    : fail(
        "country",
        countryText === "" ? "is required" : `"${countryText}" is not an ISO country code such as US or GB`,
      );

  const phoneText = textOf(input.phone);
  let phone: string | undefined;
  if (phoneText === "") {
    if (!options.allowMissingPhone) fail("phone", "is required");
  } else {
    const parsed = parsePhoneNumber(phoneText, country);
    if (parsed.ok) phone = parsed.e164;
    else fail("phone", parsed.message);
  }

  const rating = optionalNumber(input.rating, "rating", 0, 5, fail);
  const latitude = optionalNumber(input.latitude, "latitude", -90, 90, fail);
  const longitude = optionalNumber(input.longitude, "longitude", -180, 180, fail);
  if (latitude !== undefined && longitude !== undefined && (latitude === null) !== (longitude === null)) {
    fail(latitude === null ? "latitude" : "longitude", "give both latitude and longitude, or neither");
  }

  const timeZoneText = textOf(input.time_zone);
  if (timeZoneText !== "" && !isKnownTimeZone(timeZoneText)) {
    fail("time_zone", `"${timeZoneText}" is not an IANA time zone such as America/New_York`);
  }

  const languageText = textOf(input.language).toLowerCase();
  const languageCheck = callLanguageSchema.safeParse(languageText);
  const language =
    languageText === ""
      ? null
      : languageCheck.success
        ? languageCheck.data
        : fail("language", `must be one of ${callLanguages.join(", ")}, or empty to follow the country`);

  let openingHours: OpeningHours | undefined;
  const hoursInput = input.opening_hours;
  const hours =
    hoursInput && typeof hoursInput === "object"
      ? parseOpeningHoursText(JSON.stringify(hoursInput))
      : parseOpeningHoursText(textOf(hoursInput));
  if (hours.ok) openingHours = hours.hours;
  else fail("opening_hours", hours.message);

  if (errors.length > 0) return { ok: false, errors };

  // Where it is: the coordinates given, else the city found in the offline gazetteer.
  let position =
    typeof latitude === "number" && typeof longitude === "number"
      ? { latitude, longitude, timeZone: null as string | null }
      : null;
  if (!position) {
    const place = geocodeLocation(city!, { preferCountry: country });
    if (!place || place.country !== country) {
      return {
        ok: false,
        errors: [
          {
            column: "latitude",
            message: `give latitude and longitude: the city "${city}" was not found in ${country}`,
          },
        ],
      };
    }
    position = { latitude: place.latitude, longitude: place.longitude, timeZone: place.timeZone };
  }
  const timeZone = timeZoneText || position.timeZone || tzLookup(position.latitude, position.longitude);
  return {
    ok: true,
    fields: {
      name: name!,
      serviceType: serviceType!,
      phone: phone ?? null,
      address: address!,
      city: city!,
      country: country!,
      timeZone,
      latitude: position.latitude,
      longitude: position.longitude,
      rating: rating ?? null,
      openingHours: openingHours!,
      language: language ?? null,
    },
  };
}

function optionalNumber(
  value: unknown,
  column: ProviderColumn,
  min: number,
  max: number,
  fail: (column: ProviderColumn, message: string) => undefined,
): number | null | undefined {
  const text = textOf(value);
  if (text === "") return null;
  const number = Number(text);
  if (!Number.isFinite(number)) return fail(column, `"${text}" is not a number`);
  if (number < min || number > max) return fail(column, `must be between ${min} and ${max}`);
  return number;
}
