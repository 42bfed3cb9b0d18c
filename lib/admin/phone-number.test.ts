import { describe, expect, test } from "vitest";
import { parsePhoneNumber } from "./phone-number";

describe("phone numbers made E.164", () => {
  test.each([
    ["(617) 555-0123", "US", "+16175550123"],
    ["+44 20 7946 0123", undefined, "+442079460123"],
    ["020 7946 0123", "gb", "+442079460123"],
  ])("%s (%s) is %s", (input, country, e164) => {
    expect(parsePhoneNumber(input, country)).toEqual({ ok: true, e164 });
  });

  test.each([
    ["", "US", /empty/],
    ["12345", "US", /not a valid phone number/],
    ["617 555 0123", undefined, /no country code/],
  ])("%j is refused", (input, country, reason) => {
    const parsed = parsePhoneNumber(input, country);
    expect(!parsed.ok && parsed.message).toMatch(reason);
  });
});
