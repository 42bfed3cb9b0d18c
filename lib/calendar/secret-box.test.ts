import { describe, expect, test } from "vitest";
import { seal, sha256Hex, unseal } from "./secret-box";

describe("secret box", () => {
  test("seals so the plain text is not visible, and opens again to the same text", () => {
    const sealed = seal("ya29.a0-access-token");
    expect(sealed).not.toContain("ya29");
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(unseal(sealed)).toBe("ya29.a0-access-token");
    expect(seal("same")).not.toBe(seal("same"));
  });

  test("a tampered or foreign value opens to null instead of throwing", () => {
    const [version, iv, tag, body] = seal("token").split(".");
    // Change the first character: the last one of a base64url string can carry unused bits, so changing it may
    // leave the bytes (and the authentication) intact.
    const flipped = (body.startsWith("A") ? "B" : "A") + body.slice(1);
    expect(unseal([version, iv, tag, flipped].join("."))).toBeNull();
    expect(unseal("plain-text")).toBeNull();
  });

  test("hashes deterministically for lookups", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
