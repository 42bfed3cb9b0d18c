import { describe, expect, test } from "vitest";
import { retryEligibility, type RetryCandidate } from "./retry-eligibility";

const base: RetryCandidate = {
  call: { id: "call_1", status: "no_answer", purpose: "inquiry" },
  booking: { status: "awaiting_choice" },
  followUps: [],
  newerConfirmation: false,
  provider: { disabled: false, phone: "+16175550101" },
  onDoNotCallList: false,
};
const refusal = (candidate: RetryCandidate) => {
  const result = retryEligibility(candidate);
  return result.allowed ? null : result.reason;
};

describe("whether an admin may retry a call", () => {
  test.each(["cancellation", "reschedule"] as const)(
    "a %s call is asked for again by the person, not an admin",
    (purpose) => {
      expect(refusal({ ...base, booking: { status: "booked" }, call: { ...base.call, purpose } })).toMatch(
        /asked for again by the person/,
      );
    },
  );

  test.each(["failed", "no_answer", "busy", "voicemail"] as const)(
    "a %s inquiry is retried, reopening a settled booking for calls",
    (status) => {
      expect(retryEligibility({ ...base, call: { ...base.call, status } })).toEqual({
        allowed: true,
        bookingFrom: ["processing", "awaiting_choice", "failed"],
        bookingTo: "processing",
        replaces: [],
      });
    },
  );

  test.each(["completed", "canceled", "queued", "scheduled", "dialing", "in_progress"] as const)(
    "a %s call is not retried",
    (status) => {
      expect(refusal({ ...base, call: { ...base.call, status } })).toMatch(
        /Only a failed or unanswered call/,
      );
    },
  );

  test("an automatic retry still waiting is replaced; a later attempt already dialed forbids the retry", () => {
    const waiting = retryEligibility({ ...base, followUps: [{ id: "call_2", status: "scheduled" }] });
    expect(waiting.allowed && waiting.replaces).toEqual(["call_2"]);
    expect(refusal({ ...base, followUps: [{ id: "call_2", status: "no_answer" }] })).toMatch(
      /already tried again/,
    );
    expect(refusal({ ...base, followUps: [{ id: "call_2", status: "in_progress" }] })).toMatch(
      /already tried again/,
    );
    expect(refusal({ ...base, followUps: [{ id: "call_2", status: "canceled" }] })).toBeNull();
  });

  test.each([
    ["booked", /already booked/],
    ["canceled", /was canceled/],
    ["confirming", /being confirmed/],
  ] as const)("an inquiry of a %s booking is not retried", (status, reason) => {
    expect(refusal({ ...base, booking: { status } })).toMatch(reason);
  });

  test("a disabled business, one without a phone, or a listed number is not called again", () => {
    expect(refusal({ ...base, provider: { disabled: true, phone: "+16175550101" } })).toMatch(/disabled/);
    expect(refusal({ ...base, provider: { disabled: false, phone: null } })).toMatch(/no phone/);
    expect(refusal({ ...base, provider: null })).toMatch(/no longer in the directory/);
    expect(refusal({ ...base, onDoNotCallList: true })).toMatch(/do-not-call/);
  });

  test("a failed confirmation call is retried only while the booking waits for a choice, and only the latest", () => {
    const confirmation = {
      ...base,
      call: { ...base.call, purpose: "confirmation" as const, status: "failed" as const },
    };
    expect(retryEligibility(confirmation)).toMatchObject({ allowed: true, bookingTo: "confirming" });
    expect(refusal({ ...confirmation, newerConfirmation: true })).toMatch(/chose an offer again/);
    expect(refusal({ ...confirmation, booking: { status: "processing" } })).toMatch(/waits for a choice/);
  });
});
