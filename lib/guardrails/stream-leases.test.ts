import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { streamLeases, user } from "@/db/schema";
import { countStreamLeases, takeStreamLease } from "@/db/stream-leases";
import { systemClock } from "@/lib/clock";
import { parseConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { openLeasedStream, type StreamLeaseTiming } from "./stream-leases";

const config = parseConfig({ ...process.env, SSE_CONNECTIONS_PER_PERSON: "2" });
// Short enough that renewals and expiry happen within a test; the production figures are a minute and 20 s.
const timing: StreamLeaseTiming = { leaseMs: 300, renewEveryMs: 50 };

async function newPerson(): Promise<string> {
  const id = `usr_${randomUUID()}`;
  await getDb()
    .insert(user)
    .values({ id, name: "Sam Lee", email: `${id}@example.test` });
  return id;
}

/** A stream that stays open until cancelled, like the booking page's, and says whether it was. */
function endlessSource(): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode("retry: 2000\n\n"));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

function open(userId: string, source = endlessSource(), signal = new AbortController().signal) {
  return openLeasedStream({ userId, signal, open: () => source.stream, clock: systemClock, config, timing });
}

const held = (userId: string) => countStreamLeases(userId, new Date());

async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 200 && !(await check()); tries++) await sleep(10);
  expect(await check()).toBe(true);
}

describe("a person's cap on open live streams", () => {
  it("refuses the stream past the cap with a 429 naming what to do, and counts per person", async () => {
    const sam = await newPerson();
    const streams = [await open(sam), await open(sam)];
    const refused = await open(sam).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(429);
    expect((refused as AppError).message).toMatch(
      /^You already have 2 pages open that CallPilot keeps up to date live.*close a booking page in another tab or window, then reload this one\.$/,
    );
    // Someone else's streams are theirs alone.
    const other = await open(await newPerson());
    for (const stream of [...streams, other]) await stream.cancel();
  });

  it("lets exactly 2 of 8 streams opening at once through", async () => {
    const sam = await newPerson();
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => open(sam)));
    const opened = results.filter((result) => result.status === "fulfilled");
    expect(opened).toHaveLength(2);
    expect(await held(sam)).toBe(2);
    for (const result of opened) await result.value.cancel();
  });

  it("counts streams other instances hold: their leases are rows in the shared database", async () => {
    const sam = await newPerson();
    const now = new Date();
    // Another instance serving one of Sam's streams took this lease.
    expect(
      await takeStreamLease({
        id: randomUUID(),
        userId: sam,
        max: 2,
        now,
        expiresAt: new Date(now.getTime() + 60_000),
      }),
    ).toBe(true);
    const mine = await open(sam);
    await expect(open(sam)).rejects.toMatchObject({ status: 429 });
    await mine.cancel();
  });

  it("a dead instance's leases stop counting once they expire", async () => {
    const sam = await newPerson();
    const past = new Date(Date.now() - 120_000);
    for (let i = 0; i < 2; i++) {
      await takeStreamLease({
        id: randomUUID(),
        userId: sam,
        max: 2,
        now: past,
        expiresAt: new Date(past.getTime() + 60_000),
      });
    }
    const stream = await open(sam);
    expect(await held(sam)).toBe(1);
    await stream.cancel();
  });

  it("releases the lease when the client goes away, when the request is aborted and when the stream ends", async () => {
    const sam = await newPerson();
    const cancelled = await open(sam);
    await cancelled.cancel();
    await eventually(async () => (await held(sam)) === 0);

    const request = new AbortController();
    const source = endlessSource();
    const aborted = await open(sam, source, request.signal);
    expect(await held(sam)).toBe(1);
    request.abort();
    await eventually(async () => (await held(sam)) === 0);
    expect(source.cancelled()).toBe(true);
    await aborted.cancel();

    const finite = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1]));
        controller.close();
      },
    });
    const ending = await open(sam, { stream: finite, cancelled: () => false });
    const reader = ending.getReader();
    while (!(await reader.read()).done);
    await eventually(async () => (await held(sam)) === 0);
  });

  it("renews the lease while the stream is open, past the lease's own length", async () => {
    const sam = await newPerson();
    const stream = await open(sam);
    await sleep(timing.leaseMs * 3);
    expect(await held(sam)).toBe(1);
    await stream.cancel();
  });

  it("closes a stream whose lease was lost, so the browser reconnects and takes a fresh one", async () => {
    const sam = await newPerson();
    const source = endlessSource();
    const reader = (await open(sam, source)).getReader();
    await reader.read();
    await getDb().delete(streamLeases).where(eq(streamLeases.userId, sam));
    expect((await reader.read()).done).toBe(true);
    expect(source.cancelled()).toBe(true);
  });
});
