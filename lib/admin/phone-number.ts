// Phone numbers as admins type them ("(617) 555-0123", "+44 20 7946 0123") made into E.164 with libphonenumber-js,
// the one form the directory, the do-not-call list and the dialers compare.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

export type PhoneParse = { ok: true; e164: string } | { ok: false; message: string };

/** `defaultCountry` (ISO 3166-1 alpha-2) reads numbers written without +country code. */
export function parsePhoneNumber(input: string, defaultCountry?: string): PhoneParse {
  const text = input.trim();
  if (text === "") return { ok: false, message: "is empty; give a phone number such as +16175550123" };
  const country =
    defaultCountry && isSupportedCountry(defaultCountry.toUpperCase())
      ? (defaultCountry.toUpperCase() as CountryCode)
      : undefined;
  if (!text.startsWith("+") && !country) {
    return { ok: false, message: `"${text}" has no country code; write it as +<country code><number>` };
  }
  const parsed = parsePhoneNumberFromString(text, country);
  if (!parsed || !parsed.isValid()) {
    return { ok: false, message: `"${text}" is not a valid phone number` };
  }
  return { ok: true, e164: parsed.number };
}

export function isKnownCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}
