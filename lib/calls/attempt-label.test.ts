import { describe, expect, test } from "vitest";
import { attemptLabel } from "./attempt-label";

const now = new Date("2026-11-26T15:00:00Z"); // 10:00 in New York

describe("attemptLabel", () => {
  test("a retry due later today reads in the business's own time", () => {
    expect(
      attemptLabel({
        attempt: 2,
        maxAttempts: 3,
        nextTryAt: new Date("2026-11-26T19:30:00Z"),
        timeZone: "America/New_York",
        now,
      }),
    ).toBe("attempt 2 of 3, next try 14:30 local");
  });

  test("a retry due on another day names the day", () => {
    expect(
      attemptLabel({
        attempt: 3,
        maxAttempts: 3,
        nextTryAt: new Date("2026-11-27T14:00:00Z"),
        timeZone: "America/New_York",
        now,
      }),
    ).toBe("attempt 3 of 3, next try Fri 27 Nov 09:00 local");
  });

  test("without a next try only the attempt shows, never more attempts than the count allows", () => {
    expect(attemptLabel({ attempt: 1, maxAttempts: 3, nextTryAt: null, timeZone: "UTC", now })).toBe(
      "attempt 1 of 3",
    );
    expect(attemptLabel({ attempt: 4, maxAttempts: 3, nextTryAt: null, timeZone: "UTC", now })).toBe(
      "attempt 4 of 4",
    );
  });
});
