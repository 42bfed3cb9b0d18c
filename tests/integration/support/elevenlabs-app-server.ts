// CallPilot's ElevenLabs routes (the agent's server tools and the post-call webhook) on a local HTTP port, so the
// stub's scripted receptionist can call them over the wire the way ElevenLabs would, with no Next.js server.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { POST as checkAvailabilityRoute } from "@/app/api/elevenlabs/tools/check-availability/route";
import { POST as reportOutcomeRoute } from "@/app/api/elevenlabs/tools/report-outcome/route";
import { POST as requestBookingRoute } from "@/app/api/elevenlabs/tools/request-booking/route";
import { POST as webhookRoute } from "@/app/api/elevenlabs/webhook/route";
import { askPersonRequestSchema, askPersonToolReply } from "@/lib/calls/elevenlabs/ask-person-tool";
import { readToolRequest } from "@/lib/calls/elevenlabs/server-tools";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

type Handler = (request: Request, context: object) => Promise<Response>;

export interface ElevenLabsAppServer {
  /** The PUBLIC_BASE_URL to set the agent's tools up with. */
  url: string;
  webhookUrl: string;
  close(): Promise<void>;
}

/**
 * `askPersonWaitMs`: how long ask_client waits for the person here. The real route (app/api/elevenlabs/tools/ask-client,
 * tested on its own) waits 35 s (wait-limits.ts); a short wait makes a broken answer path fail fast instead of
 * outliving the test's timeout.
 */
export async function startElevenLabsAppServer(options: {
  askPersonWaitMs: number;
}): Promise<ElevenLabsAppServer> {
  const askPersonWithShortWait: Handler = route(async (request) => {
    const body = await readToolRequest(request, askPersonRequestSchema);
    return Response.json(await askPersonToolReply(body, getRuntime().clock, options.askPersonWaitMs));
  });
  const routes: Record<string, Handler> = {
    "/api/elevenlabs/tools/check-availability": checkAvailabilityRoute,
    "/api/elevenlabs/tools/request-booking": requestBookingRoute,
    "/api/elevenlabs/tools/report-outcome": reportOutcomeRoute,
    "/api/elevenlabs/tools/ask-client": askPersonWithShortWait,
    "/api/elevenlabs/webhook": webhookRoute,
  };
  const server = http.createServer(async (incoming, outgoing) => {
    const handler = routes[new URL(incoming.url ?? "/", "http://app").pathname];
    if (incoming.method !== "POST" || !handler) {
      outgoing.writeHead(404, { "content-type": "application/json" }).end('{"error":"No such route."}');
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    const request = new Request(`${appUrl}${incoming.url}`, {
      method: "POST",
      headers,
      body: Buffer.concat(chunks),
    });
    const response = await handler(request, {});
    outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: appUrl,
    webhookUrl: `${appUrl}/api/elevenlabs/webhook`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
