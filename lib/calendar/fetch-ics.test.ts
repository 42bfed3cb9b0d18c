import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import { fetchIcs, isPrivateAddress, normaliseCalendarUrl } from "./fetch-ics";

describe("normaliseCalendarUrl", () => {
  test("reads webcal:// as https:// and keeps http(s) addresses as they are", () => {
    expect(normaliseCalendarUrl("webcal://calendar.example.test/u/1/basic.ics").toString()).toBe(
      "https://calendar.example.test/u/1/basic.ics",
    );
    expect(normaliseCalendarUrl(" https://example.test/a.ics ").toString()).toBe(
      "https://example.test/a.ics",
    );
  });

  test("refuses other schemes, credentials in the address and text that is no address", () => {
    expect(() => normaliseCalendarUrl("file:///etc/passwd")).toThrow(/http, https and webcal/);
    expect(() => normaliseCalendarUrl("https://me:secret@example.test/a.ics")).toThrow(
      /user name or password/,
    );
    expect(() => normaliseCalendarUrl("my calendar")).toThrow(AppError);
  });
});

describe("isPrivateAddress", () => {
  test("knows loopback, private, link-local and mapped addresses from public ones", () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "0.0.0.0",
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ["8.8.8.8", "142.250.72.14", "2607:f8b0:4005:80a::200e", "::ffff:8.8.8.8"]) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});

describe("fetchIcs", () => {
  test("refuses a cloud metadata address without connecting", async () => {
    await expect(
      fetchIcs("http://169.254.169.254/latest/meta-data", { allowPrivate: false }),
    ).rejects.toThrow(/private or local address/);
    await expect(fetchIcs("http://[::1]:9/cal.ics", { allowPrivate: false })).rejects.toThrow(
      /private or local/,
    );
  });
});
