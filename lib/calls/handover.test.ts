import { describe, expect, it } from "vitest";
import { isWithinHandoverHours } from "@/lib/account/handover-hours";
import { decideHandover, handoverRefusals } from "./handover";

const daytime = { start: "09:00", end: "18:00", time_zone: "America/New_York" };
const consented = { verifiedPhone: "+16175550123", consent: true, hours: daytime };
// 15:00 UTC on a winter weekday is 10:00 in New York.
const tenInNewYork = new Date("2026-12-07T15:00:00Z");

describe("decideHandover", () => {
  it("allows a hand-over to the verified number with consent, inside the person's hours", () => {
    expect(decideHandover(consented, tenInNewYork)).toEqual({ allowed: true, number: "+16175550123" });
  });

  it("refuses without consent, whatever else is set", () => {
    expect(decideHandover({ ...consented, consent: false }, tenInNewYork)).toEqual({
      allowed: false,
      reason: handoverRefusals.noConsent,
    });
  });

  it("refuses without a verified phone, or with one that is not E.164", () => {
    expect(decideHandover({ ...consented, verifiedPhone: null }, tenInNewYork)).toEqual({
      allowed: false,
      reason: handoverRefusals.noPhone,
    });
    expect(decideHandover({ ...consented, verifiedPhone: "617 555 0123" }, tenInNewYork)).toMatchObject({
      allowed: false,
      reason: handoverRefusals.noPhone,
    });
  });

  it("refuses a number on the do-not-call list", () => {
    expect(decideHandover(consented, tenInNewYork, true)).toEqual({
      allowed: false,
      reason: handoverRefusals.listed,
    });
  });

  it("refuses without hours, or with hours it cannot read", () => {
    expect(decideHandover({ ...consented, hours: null }, tenInNewYork)).toMatchObject({
      reason: handoverRefusals.noHours,
    });
    expect(
      decideHandover({ ...consented, hours: { ...daytime, time_zone: "Mars/Olympus" } }, tenInNewYork),
    ).toMatchObject({ reason: handoverRefusals.noHours });
    expect(decideHandover({ ...consented, hours: { ...daytime, end: "25:00" } }, tenInNewYork)).toMatchObject(
      {
        reason: handoverRefusals.noHours,
      },
    );
  });

  it("refuses outside the hours, read in the person's zone rather than the server's or the business's", () => {
    // 10:00 in New York is 07:00 in Los Angeles: before a Los Angeles person's 09:00.
    const inLosAngeles = { ...consented, hours: { ...daytime, time_zone: "America/Los_Angeles" } };
    expect(decideHandover(inLosAngeles, tenInNewYork)).toEqual({
      allowed: false,
      reason: handoverRefusals.outsideHours,
    });
    expect(decideHandover(inLosAngeles, new Date("2026-12-07T17:00:00Z"))).toMatchObject({ allowed: true });
  });
});

describe("isWithinHandoverHours", () => {
  it("includes the start and excludes the end", () => {
    expect(isWithinHandoverHours(daytime, new Date("2026-12-07T14:00:00Z"))).toBe(true); // 09:00
    expect(isWithinHandoverHours(daytime, new Date("2026-12-07T13:59:00Z"))).toBe(false); // 08:59
    expect(isWithinHandoverHours(daytime, new Date("2026-12-07T23:00:00Z"))).toBe(false); // 18:00
  });

  it("follows daylight saving time: 09:00 local is 13:00 UTC in summer and 14:00 UTC in winter", () => {
    expect(isWithinHandoverHours(daytime, new Date("2026-07-07T13:30:00Z"))).toBe(true);
    expect(isWithinHandoverHours(daytime, new Date("2026-12-07T13:30:00Z"))).toBe(false);
    // The morning the clocks go forward (8 March 2026): 13:00 UTC is already 09:00 EDT.
    expect(isWithinHandoverHours(daytime, new Date("2026-03-08T13:00:00Z"))).toBe(true);
    expect(isWithinHandoverHours(daytime, new Date("2026-03-07T13:00:00Z"))).toBe(false);
  });

  it("reads a range whose end is before its start as running past midnight", () => {
    const evenings = { start: "20:00", end: "02:00", time_zone: "Europe/London" };
    expect(isWithinHandoverHours(evenings, new Date("2026-12-07T23:30:00Z"))).toBe(true);
    expect(isWithinHandoverHours(evenings, new Date("2026-12-08T01:30:00Z"))).toBe(true);
    expect(isWithinHandoverHours(evenings, new Date("2026-12-08T02:00:00Z"))).toBe(false);
    expect(isWithinHandoverHours(evenings, new Date("2026-12-07T12:00:00Z"))).toBe(false);
  });

  it("treats a zone half a day away correctly: Tokyo's 09:00–18:00 is 00:00–09:00 UTC", () => {
    const tokyo = { ...daytime, time_zone: "Asia/Tokyo" };
    expect(isWithinHandoverHours(tokyo, new Date("2026-12-07T00:30:00Z"))).toBe(true);
    expect(isWithinHandoverHours(tokyo, tenInNewYork)).toBe(false);
  });
});
