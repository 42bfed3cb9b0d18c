import { describe, expect, test } from "vitest";
import { callStatuses, type CallStatus } from "@/db/schema";
import { decideRetry } from "./retry-policy";

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
