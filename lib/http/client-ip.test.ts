import { describe, expect, it } from "vitest";
import { betterAuthIpAddress, clientIp } from "./client-ip";
import { peerAddressHeader } from "./peer-address";

const noProxies = { TRUSTED_PROXIES: undefined };
const behindProxy = { TRUSTED_PROXIES: "10.0.0.5, 192.168.1.0/24" };
const headers = (values: Record<string, string>) => new Headers(values);

describe("clientIp without TRUSTED_PROXIES", () => {
  it("is the socket's address, whatever X-Forwarded-For a client sends", () => {
    expect(clientIp(headers({ [peerAddressHeader]: "203.0.113.7" }), noProxies)).toBe("203.0.113.7");
    for (const spoofed of ["198.51.100.1", "198.51.100.2, 198.51.100.3", "not an address"]) {
      expect(
        clientIp(headers({ [peerAddressHeader]: "203.0.113.7", "x-forwarded-for": spoofed }), noProxies),
      ).toBe("203.0.113.7");
    }
  });

  it("never takes X-Forwarded-For alone: without the socket's address it is unknown", () => {
    expect(clientIp(headers({ "x-forwarded-for": "198.51.100.1" }), noProxies)).toBe("unknown");
  });

  it("reads an IPv4-mapped socket address as IPv4, and counts an IPv6 host by its /64", () => {
    expect(clientIp(headers({ [peerAddressHeader]: "::ffff:127.0.0.1" }), noProxies)).toBe("127.0.0.1");
    expect(clientIp(headers({ [peerAddressHeader]: "2001:db8:1:2::abcd" }), noProxies)).toBe(
      "2001:0db8:0001:0002::/64",
    );
  });
});

describe("clientIp behind TRUSTED_PROXIES", () => {
  it("is the first hop, from the socket back, that is not one of the proxies", () => {
    const forwarded = (xff: string, peer = "10.0.0.5") =>
      clientIp(headers({ [peerAddressHeader]: peer, "x-forwarded-for": xff }), behindProxy);
    expect(forwarded("203.0.113.7")).toBe("203.0.113.7");
    // A client's own forged first hop is skipped: the proxy appended the address it really saw.
    expect(forwarded("198.51.100.1, 203.0.113.7, 192.168.1.20")).toBe("203.0.113.7");
  });

  it("does not believe a forwarded chain from a socket that is not one of the proxies", () => {
    expect(
      clientIp(
        headers({ [peerAddressHeader]: "203.0.113.9", "x-forwarded-for": "198.51.100.1" }),
        behindProxy,
      ),
    ).toBe("203.0.113.9");
  });
});

describe("betterAuthIpAddress", () => {
  it("points Better Auth at the stamped socket address unless proxies are configured", () => {
    expect(betterAuthIpAddress(noProxies)).toEqual({ ipAddressHeaders: [peerAddressHeader] });
    expect(betterAuthIpAddress(behindProxy)).toEqual({
      ipAddressHeaders: ["x-forwarded-for"],
      trustedProxies: ["10.0.0.5", "192.168.1.0/24"],
    });
  });
});
