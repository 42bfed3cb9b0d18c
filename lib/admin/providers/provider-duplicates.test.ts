import { describe, expect, test } from "vitest";
import { findDuplicate, nameAddressKey } from "./provider-duplicates";

describe("when two providers are the same business", () => {
  const existing = [
    { id: "a", name: "Harbor Dental", address: "12 Harbor St., Boston", phone: "+16175550188" },
    { id: "b", name: "Elm Barbers", address: "3 Elm St", phone: null },
  ];

  test("the same phone number is a duplicate", () => {
    expect(findDuplicate({ name: "Other", address: "Elsewhere", phone: "+16175550188" }, existing)).toEqual({
      match: existing[0],
      reason: "phone",
    });
  });

  test("the same name and address, ignoring case, punctuation and spaces, is a duplicate", () => {
    expect(
      findDuplicate(
        { name: "harbor  DENTAL", address: "12 Harbor St, Boston", phone: "+16175550100" },
        existing,
      ),
    ).toMatchObject({ match: { id: "a" }, reason: "name_address" });
    expect(nameAddressKey({ name: "Café Élan", address: "1 Rue" })).toBe(
      nameAddressKey({ name: "cafe elan", address: "1 rue" }),
    );
  });

  test("a missing phone never matches another missing phone; a different business is no duplicate", () => {
    expect(findDuplicate({ name: "New Place", address: "9 Main St", phone: null }, existing)).toBeNull();
  });
});
