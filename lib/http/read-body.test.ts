import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readBodyText, withCappedBody } from "./read-body";

const chunkBytes = 16 * 1024;

/** A body that never ends: 16 KB a pull, counting what it handed out and whether the reader gave up on it. */
function endlessBody() {
  const state = { pulls: 0, bytesSent: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulls += 1;
      state.bytesSent += chunkBytes;
      controller.enqueue(new Uint8Array(chunkBytes).fill(97));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

function post(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request("http://127.0.0.1:3000/api/twilio/status", {
    method: "POST",
    headers,
    body,
    duplex: "half",
  } as RequestInit);
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((failure: unknown) => failure);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readBodyText", () => {
  it("reads a body under the cap, dropping a byte-order mark as request.text() does", async () => {
    expect(await readBodyText(post("\uFEFFCallSid=CA1&CallStatus=completed"), { maxBytes: 64 })).toBe(
      "CallSid=CA1&CallStatus=completed",
    );
    expect(await readBodyText(post("x".repeat(64)), { maxBytes: 64 })).toHaveLength(64);
    expect(await readBodyText(post(null), { maxBytes: 64 })).toBe("");
  });

  it("stops a body that never ends one chunk past the cap, cancels it, and answers 413", async () => {
    const maxBytes = 64 * 1024;
    const { stream, state } = endlessBody();
    const error = await refusal(readBodyText(post(stream), { maxBytes }));
    expect(error.status).toBe(413);
    expect(error.message).toBe("The request body is too large: 64 KB at most.");
    // Let the cancellation reach the source.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(state.cancelled).toBe(true);
    // The stream may keep one chunk queued ahead of the reader; nothing beyond that is ever pulled.
    expect(state.bytesSent).toBeLessThanOrEqual(maxBytes + 2 * chunkBytes);
    const pulls = state.pulls;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(state.pulls).toBe(pulls);
  });

  it("refuses a declared Content-Length over the cap before reading a byte", async () => {
    const { stream, state } = endlessBody();
    const error = await refusal(
      readBodyText(post(stream, { "content-length": String(30 * 1024 * 1024) }), {
        maxBytes: 64 * 1024,
        tooLarge: "That calendar file is larger than 64 KB.",
      }),
    );
    expect(error.status).toBe(413);
    expect(error.message).toBe("That calendar file is larger than 64 KB.");
    // At most the one chunk a stream pulls when it is set up; the reader never asked for any.
    expect(state.pulls).toBeLessThanOrEqual(1);
  });
});

describe("withCappedBody", () => {
  it("hands a library a copy of the request with the body read under the cap", async () => {
    const copy = await withCappedBody(
      post('{"email":"a@example.test"}', { "content-type": "application/json", cookie: "a=b" }),
      { maxBytes: 1024 },
    );
    expect(copy.method).toBe("POST");
    expect(copy.headers.get("cookie")).toBe("a=b");
    expect(await copy.json()).toEqual({ email: "a@example.test" });
  });

  it("refuses an endless body the same way", async () => {
    const { stream, state } = endlessBody();
    expect((await refusal(withCappedBody(post(stream), { maxBytes: 32 * 1024 }))).status).toBe(413);
    expect(state.bytesSent).toBeLessThanOrEqual(32 * 1024 + 2 * chunkBytes);
  });
});
