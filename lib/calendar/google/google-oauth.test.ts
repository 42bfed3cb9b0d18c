import { describe, expect, test } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config";
import { googleConsentUrl, isGoogleCalendarConfigured } from "./google-oauth";

describe("Google Calendar configuration", () => {
  test("is off without credentials, and on with both", () => {
    expect(isGoogleCalendarConfigured(parseConfig({}))).toBe(false);
    const config = parseConfig({ GOOGLE_CALENDAR_CLIENT_ID: "id", GOOGLE_CALENDAR_CLIENT_SECRET: "secret" });
    expect(isGoogleCalendarConfigured(config)).toBe(true);
  });

  test("half a configuration stops start-up, naming the missing setting", () => {
    expect(() => parseConfig({ GOOGLE_CALENDAR_CLIENT_ID: "id" })).toThrow(ConfigError);
    expect(() => parseConfig({ GOOGLE_CALENDAR_CLIENT_ID: "id" })).toThrow(/GOOGLE_CALENDAR_CLIENT_SECRET/);
    expect(() => parseConfig({ GOOGLE_CALENDAR_CLIENT_SECRET: "secret" })).toThrow(
      /GOOGLE_CALENDAR_CLIENT_ID/,
    );
  });

  test("the consent URL asks for offline access to free/busy and events only, with the state", () => {
    const config = parseConfig({ GOOGLE_CALENDAR_CLIENT_ID: "id", GOOGLE_CALENDAR_CLIENT_SECRET: "secret" });
    const url = new URL(googleConsentUrl({ state: "s1", redirectUri: "https://app.test/cb" }, config));
    expect(url.origin + url.pathname).toBe("https://accounts.google.com/o/oauth2/v2/auth");
    expect(url.searchParams.get("scope")?.split(" ")).toEqual([
      "https://www.googleapis.com/auth/calendar.freebusy",
      "https://www.googleapis.com/auth/calendar.events",
    ]);
    expect(url.searchParams.get("access_type")).toBe("offline");
    expect(url.searchParams.get("state")).toBe("s1");
    expect(url.searchParams.get("redirect_uri")).toBe("https://app.test/cb");
  });
});
