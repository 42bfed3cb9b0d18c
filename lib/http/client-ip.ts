// The client's address for per-IP limits. Route handlers never see the socket, and Next.js (16, `next start` and
// `next dev`) passes a client's own X-Forwarded-For through untouched: it fills the header in from the socket only
// when the request has none. So the server stamps each request's socket address in a header of its own, replacing
// any value a client sent (lib/http/peer-address.ts), and that is the client's address unless TRUSTED_PROXIES says
// the socket is one of our reverse proxies: then the client is the first hop, from the right, of X-Forwarded-For
// followed by the socket's address that is not one of them. Without TRUSTED_PROXIES, X-Forwarded-For is ignored.
import { BlockList, isIP } from "node:net";
import type { AppConfig } from "@/lib/config";
import { peerAddressHeader } from "./peer-address";

export function trustedProxyList(config: Pick<AppConfig, "TRUSTED_PROXIES">): string[] {
  return (config.TRUSTED_PROXIES ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

const blockLists = new Map<string, BlockList>();

function trustedProxies(config: Pick<AppConfig, "TRUSTED_PROXIES">): BlockList | null {
  const entries = trustedProxyList(config);
  if (entries.length === 0) return null;
  const key = entries.join(",");
  let list = blockLists.get(key);
  if (!list) {
    list = new BlockList();
    for (const entry of entries) {
      const [address, prefix] = entry.split("/");
      const type = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(prefix), type);
    }
    blockLists.set(key, list);
  }
  return list;
}

/** The client's address, normalised (an IPv6 address to its /64 network); "unknown" when none can be read. */
export function clientIp(headers: Headers, config: Pick<AppConfig, "TRUSTED_PROXIES">): string {
  const peer = asAddress(headers.get(peerAddressHeader) ?? "");
  const proxies = trustedProxies(config);
  if (!proxies) return peer ? normalise(peer) : "unknown";
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map(asAddress)
    .filter((hop): hop is string => hop !== null);
  // The socket is the nearest hop; without it (a request that did not come through the server) the header's last.
  if (peer) hops.push(peer);
  if (hops.length === 0) return "unknown";
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!proxies.check(hops[i], isIP(hops[i]) === 6 ? "ipv6" : "ipv4")) return normalise(hops[i]);
  }
  return normalise(hops[0]);
}

/**
 * How Better Auth's own limits find the client: the stamped socket address, or behind TRUSTED_PROXIES the
 * forwarded chain walked the same way (Better Auth cannot add the socket to it, so the proxies must be the only way
 * in, as they should be).
 */
export function betterAuthIpAddress(config: Pick<AppConfig, "TRUSTED_PROXIES">): {
  ipAddressHeaders: string[];
  trustedProxies?: string[];
} {
  const proxies = trustedProxyList(config);
  return proxies.length > 0
    ? { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: proxies }
    : { ipAddressHeaders: [peerAddressHeader] };
}

function asAddress(text: string): string | null {
  const address = unmapIpv4(text.trim());
  return isIP(address) !== 0 ? address : null;
}

function unmapIpv4(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/** IPv6 hosts get a /64 each, so one network counts as one client. */
function normalise(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.padStart(4, "0"))
    .join(":")}::/64`;
}
