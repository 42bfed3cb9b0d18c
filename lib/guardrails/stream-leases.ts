// A person's cap on open live-update streams (Server-Sent Events), across every instance. Each open stream holds a
// lease row (db/stream-leases.ts) that the instance serving it renews while it is open and deletes when it closes:
// the client going away, the stream ending, or the stream failing. An instance that dies without closing its streams
// leaves leases that expire within a minute, so they stop counting without anyone cleaning up.
import { randomUUID } from "node:crypto";
import { releaseStreamLease, renewStreamLease, takeStreamLease } from "@/db/stream-leases";
import type { Clock } from "@/lib/clock";
import { getConfig, type AppConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { sentence } from "@/lib/sentences/sentence";

export interface StreamLeaseTiming {
  /** How long a lease counts without being renewed: how soon a dead instance's streams stop counting. */
  leaseMs: number;
  renewEveryMs: number;
}

export const streamLeaseTiming: StreamLeaseTiming = { leaseMs: 60_000, renewEveryMs: 20_000 };

/**
 * Opens the stream under the person's cap on open streams (SSE_CONNECTIONS_PER_PERSON), or throws a 429. The lease
 * lives exactly as long as the stream; a stream whose lease was lost (cleared after an instance stalled past its
 * expiry) is closed, and the browser's EventSource reconnects for a fresh one.
 */
export async function openLeasedStream(input: {
  userId: string;
  signal: AbortSignal;
  open: () => ReadableStream<Uint8Array>;
  clock: Clock;
  config?: AppConfig;
  timing?: StreamLeaseTiming;
}): Promise<ReadableStream<Uint8Array>> {
  const { userId, signal, clock } = input;
  const max = (input.config ?? getConfig()).SSE_CONNECTIONS_PER_PERSON;
  const timing = input.timing ?? streamLeaseTiming;
  const id = randomUUID();
  const expiry = () => new Date(clock.now().getTime() + timing.leaseMs);
  if (!(await takeStreamLease({ id, userId, max, now: clock.now(), expiresAt: expiry() }))) {
    throw new AppError("rate_limited", sentence("errorTooManyLivePages", { max }), {
      "Retry-After": String(Math.ceil(timing.leaseMs / 1000)),
    });
  }

  const reader = input.open().getReader();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let ended = false;
  const release = () => {
    clearInterval(renewal);
    signal.removeEventListener("abort", onAbort);
    releaseStreamLease(id).catch((error: unknown) =>
      logger.warn("could not release a live stream's lease; it expires on its own", { userId, error }),
    );
  };
  /** Ends the stream from this side (lease lost, client gone), releasing the lease once. */
  const end = () => {
    if (ended) return;
    ended = true;
    release();
    if (controller) closeQuietly(controller);
    reader.cancel().catch(() => undefined);
  };
  const onAbort = () => end();

  const renewal = setInterval(() => {
    renewStreamLease(id, expiry())
      .then((kept) => {
        if (kept || ended) return;
        logger.info("a live stream lost its lease and was closed; the browser reconnects", { userId });
        end();
      })
      // A failed renewal keeps the stream: the lease has time to spare, and the next renewal may succeed.
      .catch((error: unknown) => logger.warn("could not renew a live stream's lease", { userId, error }));
  }, timing.renewEveryMs);
  renewal.unref();
  signal.addEventListener("abort", onAbort);
  if (signal.aborted) end();

  return new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      if (ended) streamController.close();
    },
    async pull(streamController) {
      try {
        const { done, value } = await reader.read();
        if (ended) return closeQuietly(streamController);
        if (done) {
          ended = true;
          release();
          streamController.close();
        } else {
          streamController.enqueue(value);
        }
      } catch (error) {
        if (ended) return closeQuietly(streamController);
        ended = true;
        release();
        streamController.error(error);
      }
    },
    cancel(reason) {
      if (!ended) {
        ended = true;
        release();
      }
      return reader.cancel(reason);
    },
  });
}

function closeQuietly(controller: ReadableStreamDefaultController<Uint8Array>): void {
  try {
    controller.close();
  } catch {
    // Already closed, or cancelled by the client.
  }
}
