// Request bodies are read under a cap on every route, the unauthenticated vendor webhooks first: an endless or
// oversized body is answered 413 after reading at most the cap and a chunk, and a declared Content-Length over the
// cap is refused before anything is read.
import { describe, expect, it } from "vitest";
import { POST as postAuth } from "@/app/api/auth/[...all]/route";
import { POST as postChat } from "@/app/api/chat/route";
import { POST as postElevenLabsWebhook } from "@/app/api/elevenlabs/webhook/route";
import { POST as postCheckAvailability } from "@/app/api/elevenlabs/tools/check-availability/route";
import { POST as postTwilioStatus } from "@/app/api/twilio/status/route";
import { POST as postTwilioVoice } from "@/app/api/twilio/voice/route";
import { anonymousSession, baseUrl } from "./helpers";

const chunkBytes = 64 * 1024;

/** A body that never ends, counting the bytes it was asked for. */
function endlessBody() {
  const state = { bytesSent: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.bytesSent += chunkBytes;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
  });
  return { stream, state };
}

function post(path: string, body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${baseUrl}${path}`, {
    method: "POST",
    headers: { host: "127.0.0.1:3000", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

type Handler = (request: Request, context: object) => Promise<Response>;

const routes: Array<{ name: string; handler: Handler; path: string; capBytes: number; headers?: object }> = [
  {
    name: "Twilio's status webhook",
    handler: postTwilioStatus,
    path: "/api/twilio/status",
    capBytes: 64 * 1024,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  },
  {
    name: "Twilio's voice webhook",
    handler: postTwilioVoice,
    path: "/api/twilio/voice",
    capBytes: 64 * 1024,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  },
  {
    name: "ElevenLabs' post-call webhook",
    handler: postElevenLabsWebhook,
    path: "/api/elevenlabs/webhook",
    capBytes: 5 * 1024 * 1024,
  },
  {
    name: "an ElevenLabs server tool",
    handler: postCheckAvailability,
    path: "/api/elevenlabs/tools/check-availability",
    capBytes: 64 * 1024,
    headers: { "x-callpilot-tool-token": "anything", "content-type": "application/json" },
  },
  {
    name: "Better Auth's routes",
    handler: postAuth,
    path: "/api/auth/sign-in/anonymous",
    capBytes: 64 * 1024,
    headers: { "content-type": "application/json" },
  },
];

describe("request bodies past their cap", () => {
  for (const { name, handler, path, capBytes, headers } of routes) {
    it(`${name}: an endless body is answered 413 after reading at most the cap and a chunk`, async () => {
      const { stream, state } = endlessBody();
      const response = await handler(post(path, stream, headers as Record<string, string>), {});
      expect(response.status).toBe(413);
      expect((await response.json()).error).toMatch(/too large/);
      expect(state.bytesSent).toBeLessThanOrEqual(capBytes + 2 * chunkBytes);
    });

    it(`${name}: a declared 30 MB body is refused before it is read`, async () => {
      const { stream, state } = endlessBody();
      const response = await handler(
        post(path, stream, { ...(headers as Record<string, string>), "content-length": String(30 << 20) }),
        {},
      );
      expect(response.status).toBe(413);
      expect(state.bytesSent).toBeLessThanOrEqual(chunkBytes);
    });
  }

  it("a signed-in route reading JSON (the chat) stops at 64 KB too", async () => {
    const cookie = await anonymousSession();
    const { stream, state } = endlessBody();
    const response = await postChat(
      post("/api/chat", stream, { cookie, "content-type": "application/json" }),
      {},
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error).toBe("The request body is too large: 64 KB at most.");
    expect(state.bytesSent).toBeLessThanOrEqual(64 * 1024 + 2 * chunkBytes);
  });
});
