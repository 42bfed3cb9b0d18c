import { describe, expect, test } from "vitest";
import { callStatuses, type CallStatus } from "@/db/schema";
import { decideRetry, maxAttemptsFor } from "./retry-policy";

const now = new Date("2026-11-26T15:00:00Z");
const retryDelayMinutes = 15;
const attempts = [1, 2, 3, 4] as const;
const retryMaxes = [0, 2] as const;

/**
 * The whole table, written out: the delay in minutes before the next try, or null for no retry, per status,
 * RETRY_MAX and attempt (1 = the first try), while the booking still needs a slot.
 */
const expectedDelay: Record<CallStatus, Record<(typeof retryMaxes)[number], (number | null)[]>> = {
  no_answer: { 0: [null, null, null, null], 2: [15, 30, null, null] },
  busy: { 0: [null, null, null, null], 2: [15, 30, null, null] },
  voicemail: { 0: [null, null, null, null], 2: [60, null, null, null] },
  completed: { 0: [null, null, null, null], 2: [null, null, null, null] },
  failed: { 0: [null, null, null, null], 2: [null, null, null, null] },
  canceled: { 0: [null, null, null, null], 2: [null, null, null, null] },
  queued: { 0: [null, null, null, null], 2: [null, null, null, null] },
  scheduled: { 0: [null, null, null, null], 2: [null, null, null, null] },
  dialing: { 0: [null, null, null, null], 2: [null, null, null, null] },
  in_progress: { 0: [null, null, null, null], 2: [null, null, null, null] },
};

describe("decideRetry: the whole table", () => {
  test("the table covers every call status", () => {
    expect(Object.keys(expectedDelay).sort()).toEqual([...callStatuses].sort());
  });

  for (const status of callStatuses) {
    for (const retryMax of retryMaxes) {
      for (const attempt of attempts) {
        const delay = expectedDelay[status][retryMax][attempt - 1];
        test(`${status}, attempt ${attempt}, RETRY_MAX ${retryMax}: ${delay === null ? "no retry" : `retry in ${delay} min`} while a slot is needed, none once it is not`, () => {
          const needed = decideRetry({
            status,
            attempt,
            bookingNeedsSlot: true,
            retryMax,
            retryDelayMinutes,
            now,
          });
          if (delay === null) {
            expect(needed.retry).toBe(false);
          } else {
            expect(needed).toEqual({ retry: true, at: new Date(now.getTime() + delay * 60_000) });
          }
          const notNeeded = decideRetry({
            status,
            attempt,
            bookingNeedsSlot: false,
            retryMax,
            retryDelayMinutes,
            now,
          });
          expect(notNeeded).toEqual({ retry: false, reason: "The booking no longer needs a slot." });
        });
      }
    }
  }
});

describe("decideRetry: delays and reasons", () => {
  test("no answer and busy wait twice as long before each further try", () => {
    const delays = [1, 2, 3, 4, 5].map((attempt) => {
      const decision = decideRetry({
        status: "no_answer",
        attempt,
        bookingNeedsSlot: true,
        retryMax: 5,
        retryDelayMinutes: 10,
        now,
      });
      if (!decision.retry) throw new Error(`attempt ${attempt} was not retried`);
      return (decision.at.getTime() - now.getTime()) / 60_000;
    });
    expect(delays).toEqual([10, 20, 40, 80, 160]);
  });

  test("a busy line gives up after RETRY_MAX retries and says how often it tried", () => {
    expect(
      decideRetry({
        status: "busy",
        attempt: 3,
        bookingNeedsSlot: true,
        retryMax: 2,
        retryDelayMinutes: 15,
        now,
      }),
    ).toEqual({ retry: false, reason: "Tried 3 times." });
  });

  test("voicemail is retried once, later than a busy line, however high RETRY_MAX is", () => {
    const first = decideRetry({
      status: "voicemail",
      attempt: 1,
      bookingNeedsSlot: true,
      retryMax: 10,
      retryDelayMinutes: 15,
      now,
    });
    expect(first).toEqual({ retry: true, at: new Date(now.getTime() + 60 * 60_000) });
    const second = decideRetry({
      status: "voicemail",
      attempt: 2,
      bookingNeedsSlot: true,
      retryMax: 10,
      retryDelayMinutes: 15,
      now,
    });
    expect(second).toEqual({ retry: false, reason: "Voicemail is retried once." });
  });

  test("voicemail is not retried at all when RETRY_MAX is 0", () => {
    expect(
      decideRetry({
        status: "voicemail",
        attempt: 1,
        bookingNeedsSlot: true,
        retryMax: 0,
        retryDelayMinutes: 15,
        now,
      }).retry,
    ).toBe(false);
  });

  test.each(["failed", "completed", "canceled"] as const)(
    "a %s call is never retried, with a reason",
    (status) => {
      const decision = decideRetry({
        status,
        attempt: 1,
        bookingNeedsSlot: true,
        retryMax: 10,
        retryDelayMinutes: 15,
        now,
      });
      expect(decision).toEqual({ retry: false, reason: `A ${status} call is not retried.` });
    },
  );
});

describe("decideRetry: never for a business that opted out", () => {
  for (const status of callStatuses) {
    test.each(attempts)(`${status}, attempt %i: not retried once they asked not to be called`, (attempt) => {
      expect(
        decideRetry({
          status,
          attempt,
          bookingNeedsSlot: true,
          optedOut: true,
          retryMax: 5,
          retryDelayMinutes,
          now,
        }),
      ).toEqual({ retry: false, reason: "They asked not to be called again." });
    });
  }
});

describe("decideRetry: only inside the business's opening hours", () => {
  // Open 09:00–17:00 UTC every day, in this test's simplified calendar.
  const nextCallableAt = (at: Date): Date => {
    const hour = at.getUTCHours();
    if (hour >= 9 && hour < 17) return at;
    const next = new Date(at);
    if (hour >= 17) next.setUTCDate(next.getUTCDate() + 1);
    next.setUTCHours(9, 0, 0, 0);
    return next;
  };

  test("a retry due while the business is open keeps its time", () => {
    const decision = decideRetry({
      status: "busy",
      attempt: 1,
      bookingNeedsSlot: true,
      retryMax: 2,
      retryDelayMinutes: 15,
      now,
      nextCallableAt,
    });
    expect(decision).toEqual({ retry: true, at: new Date("2026-11-26T15:15:00Z") });
  });

  test("a retry that would fall after closing moves to the next opening", () => {
    const decision = decideRetry({
      status: "voicemail",
      attempt: 1,
      bookingNeedsSlot: true,
      retryMax: 2,
      retryDelayMinutes: 30,
      now: new Date("2026-11-26T16:30:00Z"),
      nextCallableAt,
    });
    expect(decision).toEqual({ retry: true, at: new Date("2026-11-27T09:00:00Z") });
  });

  test("no retry when the business has no opening soon", () => {
    expect(
      decideRetry({
        status: "no_answer",
        attempt: 1,
        bookingNeedsSlot: true,
        retryMax: 2,
        retryDelayMinutes: 15,
        now,
        nextCallableAt: () => null,
      }),
    ).toEqual({ retry: false, reason: "The business has no opening hours in the next two weeks." });
  });

  test("the opening hours are never asked about a call that is not retried", () => {
    let asked = 0;
    decideRetry({
      status: "failed",
      attempt: 1,
      bookingNeedsSlot: true,
      retryMax: 2,
      retryDelayMinutes: 15,
      now,
      nextCallableAt: (at) => {
        asked++;
        return at;
      },
    });
    expect(asked).toBe(0);
  });
});

describe("maxAttemptsFor: the tries an outcome allows, for every status and RETRY_MAX", () => {
  const expected: Record<CallStatus, (retryMax: number) => number> = {
    no_answer: (max) => 1 + max,
    busy: (max) => 1 + max,
    voicemail: (max) => (max === 0 ? 1 : 2),
    completed: () => 1,
    failed: () => 1,
    canceled: () => 1,
    queued: () => 1,
    scheduled: () => 1,
    dialing: () => 1,
    in_progress: () => 1,
  };
  for (const status of callStatuses) {
    test.each([0, 1, 2, 5])(`${status} with RETRY_MAX %i`, (retryMax) => {
      expect(maxAttemptsFor(status, retryMax)).toBe(expected[status](retryMax));
    });
  }

  test("agrees with decideRetry: the last allowed attempt is the first that is not retried", () => {
    for (const status of callStatuses) {
      for (const retryMax of [0, 1, 2, 5]) {
        const max = maxAttemptsFor(status, retryMax);
        const at = (attempt: number) =>
          decideRetry({ status, attempt, bookingNeedsSlot: true, retryMax, retryDelayMinutes: 15, now })
            .retry;
        for (let attempt = 1; attempt < max; attempt++) expect(at(attempt)).toBe(true);
        expect(at(max)).toBe(false);
      }
    }
  });
});
