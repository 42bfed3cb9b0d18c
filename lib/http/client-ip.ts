// The client's address for per-IP rate limits. Route handlers never see the socket; Next.js puts the socket address
// in X-Forwarded-For when the request has none. Behind reverse proxies (TRUSTED_PROXIES), the client is the first
// hop, from the right, that is not one of them. Without that setting only a single-address header is taken as is;
// a client talking to Next.js directly could send its own header, which is why a proxy should front production.
import { BlockList, isIP } from "node:net";
import type { AppConfig } from "@/lib/config";

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
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => unmapIpv4(hop.trim()))
    .filter((hop) => isIP(hop) !== 0);
  if (hops.length === 0) return "unknown";
  const proxies = trustedProxies(config);
  if (proxies) {
    for (let i = hops.length - 1; i >= 0; i--) {
      if (!proxies.check(hops[i], isIP(hops[i]) === 6 ? "ipv6" : "ipv4")) return normalise(hops[i]);
    }
    return normalise(hops[0]);
  }
  // No proxy configured: the nearest hop is the most trustworthy one there is.
  return normalise(hops[hops.length - 1]);
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
