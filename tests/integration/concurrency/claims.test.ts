// Claims under concurrency, on whichever database the project runs (the -pg project is the one where sessions
// really overlap): eight dispatchers claim at once, a thousand times, and no call is ever claimed twice nor the global
// cap passed. Before the claim took turns, PostgreSQL let two sessions claim the same calls (the second overwrote the
// first's token) and, with FOR UPDATE SKIP LOCKED alone, claim past the cap.
import { randomUUID } from "node:crypto";
import { inArray, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { claimDueCalls } from "@/db/calls";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { calls } from "@/db/schema";
import { pauseBackgroundJobs } from "@/tests/support/job-runner";
import { createBookingWithProviderCalls, createTestUser } from "../support/booking-fixtures";

// The test drives the claims itself; no dispatch pass may claim behind its back.
pauseBackgroundJobs();

const dispatchers = 8;
const rounds = 1_000;

beforeAll(async () => {
  await seedDemoDirectory();
});

describe("claiming due calls from many dispatchers at once", () => {
  it(`${dispatchers} dispatchers × ${rounds} rounds: no call claimed twice, the cap never exceeded`, async () => {
    const userId = await createTestUser();
    const now = new Date();
    const queue: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { callIds } = await createBookingWithProviderCalls({ userId, callCount: 8, mode: "review", now });
      queue.push(...callIds);
    }
    // Two calls already live elsewhere count against the cap in every round.
    const live = queue.splice(0, 2);
    await getDb().update(calls).set({ status: "in_progress" }).where(inArray(calls.id, live));

    let claimedInAll = 0;
    for (let round = 0; round < rounds; round++) {
      const maxConcurrent = 2 + (round % 5); // 2..6: from no room at all to room for four
      const claims = await Promise.all(
        Array.from({ length: dispatchers }, () =>
          claimDueCalls({ now, maxConcurrent, leaseMs: 60_000, token: randomUUID() }),
        ),
      );
      const ids = claims.flat().map((call) => call.id);
      expect(new Set(ids).size, `round ${round}: a call was claimed twice`).toBe(ids.length);
      expect(ids.length + live.length, `round ${round}: the cap was passed`).toBeLessThanOrEqual(
        maxConcurrent,
      );
      // Every claimed call holds the token of the one dispatcher that claimed it.
      const rows = ids.length > 0 ? await getDb().select().from(calls).where(inArray(calls.id, ids)) : [];
      for (const claim of claims)
        for (const call of claim)
          expect(rows.find((row) => row.id === call.id)?.claimToken).toBe(call.claimToken);
      // The cap was used fully: the turn-taking must not starve claims either.
      expect(ids.length).toBe(Math.max(0, maxConcurrent - live.length));
      claimedInAll += ids.length;
      if (ids.length > 0) {
        await getDb()
          .update(calls)
          .set({ status: "queued", claimToken: null, leaseExpiresAt: null })
          .where(inArray(calls.id, ids));
      }
    }
    expect(claimedInAll).toBeGreaterThan(rounds);
    const stillDialing = await getDb().select().from(calls).where(eq(calls.status, "dialing"));
    expect(stillDialing).toEqual([]);
  }, 180_000);
});
