import { describe, expect, test } from "vitest";
import { decideAdminAccess } from "./access";

const caller = { userId: "u1", email: "a@example.test", name: "A", isAnonymous: false, emailVerified: true };

describe("the admin check", () => {
  test("no session and a guest session must sign in", () => {
    expect(decideAdminAccess(null)).toEqual({ kind: "sign_in" });
    expect(decideAdminAccess({ ...caller, role: "admin", isAnonymous: true })).toEqual({ kind: "sign_in" });
  });

  test("a signed-in person who is not an admin is refused; an admin passes", () => {
    expect(decideAdminAccess({ ...caller, role: "user" }).kind).toBe("forbidden");
    expect(decideAdminAccess({ ...caller, role: "admin" })).toEqual({
      kind: "admin",
      admin: { ...caller, role: "admin" },
    });
  });
});
