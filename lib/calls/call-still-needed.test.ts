import { describe, expect, test } from "vitest";
import { bookingStatuses, callPurposes } from "@/db/schema";
import { callStillNeeded } from "./dispatcher";

describe("callStillNeeded: which calls a booking in each state still dials", () => {
  const needed: Record<(typeof callPurposes)[number], string[]> = {
    inquiry: ["processing"],
    confirmation: ["confirming"],
    // A release call is what a settled booking owes the businesses that held a slot.
    release: ["booked", "canceled"],
    // Cancelling or moving an appointment only makes sense while it is still booked.
    cancellation: ["booked"],
    reschedule: ["booked"],
  };
  for (const purpose of callPurposes) {
    test.each(bookingStatuses)(`${purpose} call, booking %s`, (status) => {
      expect(callStillNeeded(purpose, status)).toBe(needed[purpose].includes(status));
    });
  }
});
