import net from "node:net";
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

  test("refuses IPv6 forms that carry an IPv4 address a gateway would reach: NAT64, 6to4, Teredo, IPv4-compatible", () => {
    for (const address of [
      "64:ff9b::a9fe:a9fe", // NAT64 of 169.254.169.254
      "64:ff9b::808:808", // even of a public address: the gateway decides where it goes
      "64:ff9b:1::a00:1",
      "2002:7f00:1::1", // 6to4 of 127.0.0.1
      "2002:0808:0808::1",
      "2001:0:4136:e378:8000:63bf:3fff:fdd2", // Teredo
      "::7f00:1", // IPv4-compatible 127.0.0.1
      "::a9fe:a9fe",
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
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
    for (const literal of ["[64:ff9b::a9fe:a9fe]", "[2002:a9fe:a9fe::1]", "[::169.254.169.254]"]) {
      await expect(fetchIcs(`http://${literal}/cal.ics`, { allowPrivate: false }), literal).rejects.toThrow(
        /private or local/,
      );
    }
  });

  test("says in plain words that a server could not be reached, without the system's error code", async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const failure = await fetchIcs(`http://127.0.0.1:${closedPort}/cal.ics`, { allowPrivate: true }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).message).toBe(
      "The calendar server at 127.0.0.1 could not be reached; check the address, or try again later.",
    );
    expect((failure as AppError).message).not.toMatch(/E[A-Z]{4,}/);
  });
});
