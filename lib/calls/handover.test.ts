import { describe, expect, it } from "vitest";
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
