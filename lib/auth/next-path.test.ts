import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeNextPath("/chat/task_1")).toBe("/chat/task_1");
    expect(safeNextPath("/admin/bookings?status=failed#top")).toBe("/admin/bookings?status=failed#top");
    expect(safeNextPath(["/account", "/elsewhere"])).toBe("/account");
  });

  it("sends everything that would leave the site, or is not a path, to the home page", () => {
    for (const nasty of [
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      // ?next=/%09/evil.example arrives decoded: the parser drops the tab and reads //evil.example.
      "/\t/evil.example",
      "/\n/evil.example",
      "\t//evil.example",
      "https://evil.example/",
      "http:evil.example",
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "evil.example",
      "",
      undefined,
      [],
    ]) {
      expect(safeNextPath(nasty), JSON.stringify(nasty)).toBe("/");
    }
  });

  it("refuses a path that only becomes //host once its dot segments are resolved", () => {
    expect(safeNextPath("/.//evil.example")).toBe("/");
    expect(safeNextPath("/a/..//evil.example")).toBe("/");
  });

  it("returns the parsed form, so what is checked is what the router is given", () => {
    expect(safeNextPath("/a/../account")).toBe("/account");
    // Still encoded, so still a path on this site.
    expect(safeNextPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    expect(safeNextPath("/%09/evil.example")).toBe("/%09/evil.example");
  });
});
