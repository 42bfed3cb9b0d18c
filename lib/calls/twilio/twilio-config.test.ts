import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import { createDialer } from "../select-dialer";
import { systemClock } from "@/lib/clock";
import { redirectToStub } from "./twilio-client";

const twilio = {
  TWILIO_ACCOUNT_SID: "AC0123456789abcdef0123456789abcdef",
  TWILIO_AUTH_TOKEN: "token",
  TWILIO_PHONE_NUMBER: "+16175550000",
  PUBLIC_BASE_URL: "https://callpilot.example.test",
};

describe("Twilio configuration", () => {
  it("chooses the Twilio dialer when its three settings are set and ElevenLabs is not", () => {
    const dialer = createDialer(parseConfig(twilio), systemClock);
    expect(dialer.name).toBe("twilio");
    expect(dialer.callsRealPhones).toBe(true);
  });

  it("refuses half a configuration, naming what is missing", () => {
    expect(() =>
      parseConfig({ TWILIO_ACCOUNT_SID: twilio.TWILIO_ACCOUNT_SID, PUBLIC_BASE_URL: twilio.PUBLIC_BASE_URL }),
    ).toThrow(
      /TWILIO_AUTH_TOKEN: is not set, but other Twilio settings are: set TWILIO_AUTH_TOKEN, TWILIO_PHONE_NUMBER too/,
    );
  });

  it("refuses Twilio without a public URL for its webhooks", () => {
    expect(() => parseConfig({ ...twilio, PUBLIC_BASE_URL: "" })).toThrow(
      /PUBLIC_BASE_URL: is required for Twilio calls/,
    );
  });

  it("refuses a malformed account SID and never prints the auth token", () => {
    try {
      parseConfig({
        ...twilio,
        TWILIO_ACCOUNT_SID: "SK123",
        TWILIO_AUTH_TOKEN: "secret-token-value",
        TWILIO_RING_TIMEOUT_SECONDS: "2",
      });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/TWILIO_ACCOUNT_SID: expected an account SID/);
      expect(message).toMatch(/TWILIO_RING_TIMEOUT_SECONDS: expected at least 5/);
      expect(message).not.toContain("secret-token-value");
    }
  });

  it("against a stub of the API, no real phone rings", () => {
    const dialer = createDialer(
      parseConfig({ ...twilio, TWILIO_API_BASE_URL: "http://127.0.0.1:4010" }),
      systemClock,
    );
    expect(dialer.callsRealPhones).toBe(false);
  });

  it("sends the SDK's requests to the stub, keeping path and query", () => {
    expect(
      redirectToStub(
        "https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json?PageSize=5",
        "http://127.0.0.1:4010/twilio/",
      ),
    ).toBe("http://127.0.0.1:4010/twilio/2010-04-01/Accounts/AC1/Calls.json?PageSize=5");
  });
});
