// Every request's socket address, where route handlers can read it: Next.js hands them a Request without the socket,
// and the X-Forwarded-For it passes on is the client's own when the client sent one. Installed once at start-up
// (lib/startup.ts), the server writes the socket's address into a header of CallPilot's own on each request as it
// arrives, before Next.js reads the headers, replacing whatever a client may have sent under that name.
import http from "node:http";

export const peerAddressHeader = "x-callpilot-peer-address";

type Emit = typeof http.Server.prototype.emit;

let installed = false;

/**
 * Stamps the socket address on the requests of every HTTP server in this process (Next.js's own is created before
 * start-up code runs, so its prototype is the one place to reach it); returns how to undo it (tests).
 */
export function stampPeerAddresses(): () => void {
  if (installed) return () => {};
  installed = true;
  const prototype = http.Server.prototype;
  const ownEmit = Object.hasOwn(prototype, "emit");
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stamp(args[0] as http.IncomingMessage);
    return Reflect.apply(emit, this, [event, ...args]);
  } as Emit;
  return () => {
    if (ownEmit) prototype.emit = emit;
    else delete (prototype as { emit?: Emit }).emit;
    installed = false;
  };
}

function stamp(request: http.IncomingMessage): void {
  const address = request.socket?.remoteAddress;
  if (address) request.headers[peerAddressHeader] = address;
  else delete request.headers[peerAddressHeader];
}
