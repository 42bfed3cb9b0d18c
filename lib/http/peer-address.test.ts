// Against a real HTTP server, as Next.js's own is created: once stamped, a request's headers carry the socket's
// address under CallPilot's header, and neither a forged X-Forwarded-For nor a forged stamp changes the client.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";
import { peerAddressHeader, stampPeerAddresses } from "./peer-address";

let server: http.Server;
let url: string;
let unstamp: () => void;

beforeAll(async () => {
  // Created before the stamp is installed, like the server `next start` makes before instrumentation runs.
  server = http.createServer((request, response) => {
    const headers = new Headers(request.headers as Record<string, string>);
    response.setHeader("content-type", "application/json");
    response.end(
      JSON.stringify({
        peer: headers.get(peerAddressHeader),
        client: clientIp(headers, { TRUSTED_PROXIES: undefined }),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  unstamp = stampPeerAddresses();
});
afterAll(async () => {
  unstamp();
  await new Promise((resolve) => server.close(resolve));
});

async function ask(headers: Record<string, string> = {}) {
  return (await (await fetch(url, { headers })).json()) as { peer: string | null; client: string };
}

describe("stampPeerAddresses", () => {
  it("stamps the socket's address on every request", async () => {
    expect(await ask()).toEqual({ peer: "127.0.0.1", client: "127.0.0.1" });
  });

  it("gives a client that forges X-Forwarded-For or the stamp itself no address of its choosing", async () => {
    const forgeries: Array<Record<string, string>> = [
      { "x-forwarded-for": "198.51.100.1" },
      { "x-forwarded-for": "198.51.100.2, 198.51.100.3" },
      { [peerAddressHeader]: "198.51.100.4" },
    ];
    for (const forged of forgeries) {
      expect(await ask(forged)).toEqual({ peer: "127.0.0.1", client: "127.0.0.1" });
    }
  });
});
