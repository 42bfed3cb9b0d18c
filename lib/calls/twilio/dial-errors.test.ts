import { describe, expect, it } from "vitest";
import { DialError } from "../dialer";
import { toDialError } from "./dial-errors";

const rest = (status: number, code: number, message = "") =>
  Object.assign(new Error(message), { status, code });
const network = (code: string) => Object.assign(new Error(code), { code });

describe("Twilio's errors as dial failures", () => {
  it("invalid, unverified and forbidden numbers are permanent with a reason a person can act on", () => {
    expect(toDialError(rest(400, 21211))).toMatchObject({
      permanence: "permanent",
      reason: expect.stringMatching(/not a valid phone number/),
    });
    expect(toDialError(rest(400, 21219))).toMatchObject({
      permanence: "permanent",
      reason: expect.stringMatching(/trial account/),
    });
    expect(toDialError(rest(400, 21215))).toMatchObject({
      permanence: "permanent",
      reason: expect.stringMatching(/geographic permissions/),
    });
    expect(toDialError(rest(401, 20003))).toMatchObject({
      permanence: "permanent",
      reason: expect.stringMatching(/TWILIO_AUTH_TOKEN/),
    });
  });

  it("rate limits, server errors and an unreachable API are transient", () => {
    expect(toDialError(rest(429, 20429)).permanence).toBe("transient");
    expect(toDialError(rest(500, 20500)).permanence).toBe("transient");
    expect(toDialError(network("ECONNREFUSED")).permanence).toBe("transient");
  });

  it("a timeout is never retried: Twilio may have created the call already", () => {
    expect(toDialError(network("ECONNABORTED"))).toMatchObject({
      permanence: "permanent",
      reason: expect.stringMatching(/never rung twice/),
    });
  });

  it("an unknown 4xx quotes Twilio's code and message", () => {
    expect(toDialError(rest(400, 21205, "Url is not a valid URL")).reason).toBe(
      "Twilio refused the call (Twilio error 21205): Url is not a valid URL.",
    );
  });

  it("passes a DialError through unchanged", () => {
    const original = new DialError("transient", "already read");
    expect(toDialError(original)).toBe(original);
  });
});
