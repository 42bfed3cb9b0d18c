// The live stream's cursor under concurrent writers: twenty writers append to one booking's log at once, some holding
// their transaction open a while after writing, and a reader that follows the log by its cursor (as the SSE stream
// does with Last-Event-ID) sees every event exactly once, in order, with no gap. Event numbers (seq) are taken
// inside the writing transaction under a row lock, so they commit in order; the global id would not on PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { listCallEventsSince, recordCallEvent } from "@/db/call-events";
import { transaction } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { pauseBackgroundJobs } from "@/tests/support/job-runner";
import { createBookingWithProviderCalls, createTestUser } from "../support/booking-fixtures";

pauseBackgroundJobs();

const writers = 20;
const eventsPerWriter = 15;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  await seedDemoDirectory();
});

describe("following a booking's events while many writers append", () => {
  it(`${writers} concurrent writers: the reader never skips or repeats an event`, async () => {
    const userId = await createTestUser();
    const { bookingId, callIds } = await createBookingWithProviderCalls({
      userId,
      callCount: 1,
      mode: "auto",
      now: new Date(),
    });
    const start = (await listCallEventsSince(bookingId, 0)).at(-1)!.seq;

    let writing = true;
    const seen: number[] = [];
    const texts: string[] = [];
    const reader = (async () => {
      let cursor = start;
      while (writing || (await listCallEventsSince(bookingId, cursor)).length > 0) {
        for (const event of await listCallEventsSince(bookingId, cursor)) {
          seen.push(event.seq);
          if (event.type === "transcript") texts.push(event.payload.text);
          cursor = event.seq;
        }
        await sleep(1);
      }
    })();

    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (let i = 0; i < eventsPerWriter; i++) {
          await transaction(async () => {
            await recordCallEvent({
              bookingId,
              callId: callIds[0],
              type: "transcript",
              payload: { role: "agent", text: `${writer}:${i}` },
              at: new Date(),
            });
            // Keep the transaction open a moment after numbering the event: a later writer that did not wait for
            // this one would commit a higher number first.
            if (i % 3 === 0) await sleep(2);
          });
        }
      }),
    );
    writing = false;
    await reader;

    const total = writers * eventsPerWriter;
    const all = await listCallEventsSince(bookingId, start, 10_000);
    expect(all.filter((e) => e.type !== "transcript").map((e) => e.type)).toEqual([]);
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => start + 1 + i));
    expect(new Set(texts).size).toBe(total);
  }, 120_000);
});
