// Fetching a subscribed calendar URL safely: http(s) (and webcal) only, every address checked before connecting
// (no loopback, private or link-local targets unless allowed), at most a few redirects each checked the same way,
// a deadline and a size limit. The server never becomes a way to reach the machine's own network.
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { AppError, invalid } from "@/lib/errors";
import { logger } from "@/lib/logger";

export interface FetchIcsOptions {
  /** Allow loopback and private addresses (tests, self-hosted calendars on the same network). */
  allowPrivate: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export const maxCalendarBytes = 5 * 1024 * 1024;

const blocked = new net.BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
// IPv6 ranges that carry an IPv4 address inside them (NAT64, 6to4, Teredo, the old IPv4-compatible form) are refused
// whole: through a gateway they reach whatever IPv4 address they embed, private ones included.
for (const [network, prefix] of [
  ["::", 96],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["2001::", 32],
  ["2002::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1], "ipv4");
  return blocked.check(address, net.isIPv6(address) ? "ipv6" : "ipv4");
}

/** The URL as CallPilot will fetch it (webcal:// is https://), or an `invalid` error saying what is wrong with it. */
export function normaliseCalendarUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim().replace(/^webcals?:\/\//i, "https://"));
  } catch {
    throw invalid("That is not a web address: paste the calendar's full .ics URL, starting with https://.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw invalid("Only http, https and webcal calendar addresses can be subscribed to.");
  }
  if (url.username || url.password) {
    throw invalid("Calendar addresses with a user name or password in them are not supported.");
  }
  return url;
}

export async function fetchIcs(address: string | URL, options: FetchIcsOptions): Promise<string> {
  const maxRedirects = options.maxRedirects ?? 3;
  let url = typeof address === "string" ? normaliseCalendarUrl(address) : address;
  for (let redirects = 0; ; redirects++) {
    const answer = await getOnce(url, options);
    if (answer.kind === "body") return answer.text;
    if (redirects >= maxRedirects) throw invalid("The calendar address redirects too many times.");
    url = normaliseCalendarUrl(new URL(answer.location, url).toString());
  }
}

type Answer = { kind: "body"; text: string } | { kind: "redirect"; location: string };

function getOnce(url: URL, options: FetchIcsOptions): Promise<Answer> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? maxCalendarBytes;
  const client = url.protocol === "https:" ? https : http;
  // Node connects to an address literal without any lookup, so it is checked here.
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(literal) && !options.allowPrivate && isPrivateAddress(literal)) {
    return Promise.reject(privateAddress(url.hostname));
  }
  return new Promise<Answer>((resolve, reject) => {
    const fail = (error: AppError) => {
      request.destroy();
      reject(error);
    };
    const request = client.get(
      url,
      {
        headers: {
          accept: "text/calendar, */*;q=0.5",
          "accept-encoding": "identity",
          "user-agent": "CallPilot",
        },
        lookup: checkedLookup(options.allowPrivate),
        timeout: timeoutMs,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          resolve({ kind: "redirect", location: response.headers.location });
          return;
        }
        if (status !== 200) {
          response.resume();
          fail(
            invalid(
              `The calendar server answered HTTP ${status}; check that the address is right and public.`,
            ),
          );
          return;
        }
        const declared = Number(response.headers["content-length"] ?? 0);
        if (declared > maxBytes) {
          fail(tooLarge(maxBytes));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) fail(tooLarge(maxBytes));
          else chunks.push(chunk);
        });
        response.on("end", () => resolve({ kind: "body", text: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", () => fail(invalid("The calendar server stopped sending the calendar midway.")));
      },
    );
    const deadline = setTimeout(
      () =>
        fail(invalid(`The calendar server did not answer within ${Math.round(timeoutMs / 1000)} seconds.`)),
      timeoutMs,
    );
    request.on("close", () => clearTimeout(deadline));
    request.on("timeout", () => fail(invalid("The calendar server stopped answering.")));
    request.on("error", (error: Error & { code?: string }) => {
      if (error instanceof AppError) return reject(error);
      reject(unreachable(error, url.hostname));
    });
  });
}

const tooLarge = (maxBytes: number) =>
  new AppError("too_large", `The calendar is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);

/** A connection failure as a sentence for the person; the error code (ECONNREFUSED...) goes to the log only. */
function unreachable(error: Error & { code?: string }, hostname: string): AppError {
  logger.info("a calendar server could not be reached", {
    host: hostname,
    code: error.code ?? error.message,
  });
  if (error.code === "ENOTFOUND")
    return invalid(`No server answers at ${hostname}; check the calendar address.`);
  if (/CERT|SSL|TLS/.test(error.code ?? "")) {
    return invalid(
      `The calendar server at ${hostname} has no valid https certificate; CallPilot cannot trust it.`,
    );
  }
  return invalid(
    `The calendar server at ${hostname} could not be reached; check the address, or try again later.`,
  );
}

const privateAddress = (hostname: string) =>
  invalid(`${hostname} is a private or local address; CallPilot only subscribes to public calendars.`);

/** A DNS lookup that refuses private addresses, so the check and the connection use the same address. */
function checkedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as dns.LookupAddress[];
      const refused = !allowPrivate && list.some((entry) => isPrivateAddress(entry.address));
      if (refused || list.length === 0) {
        return callback(privateAddress(hostname), "", 0);
      }
      if (options.all) return callback(null, list as unknown as string, 0);
      callback(null, list[0].address, list[0].family);
    });
  };
}
