import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, configSchema, parseConfig } from "./config";

describe("configuration", () => {
  it("runs on no settings at all, with the embedded defaults", () => {
    const config = parseConfig({});
    expect(config.DATABASE_PATH).toBe(path.join("data", "callpilot.db"));
    expect(config.INTAKE_MODEL).toBe("auto");
    expect(config.MAX_CONCURRENT_CALLS).toBe(20);
    expect(config.SIM_RESPECT_OPENING_HOURS).toBe(false);
  });

  it("a wrong value stops start-up with a message naming the setting and the value", () => {
    expect(() => parseConfig({ MAX_CONCURRENT_CALLS: "lots" })).toThrow(ConfigError);
    try {
      parseConfig({
        MAX_CONCURRENT_CALLS: "lots",
        CALL_REDIRECT_TO: "555-1234",
        DEFAULT_TIMEZONE: "Mars/Olympus",
      });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/MAX_CONCURRENT_CALLS: expected a number \(got "lots"\)/);
      expect(message).toMatch(/CALL_REDIRECT_TO: expected an E.164 phone number/);
      expect(message).toMatch(/DEFAULT_TIMEZONE: expected an IANA time zone/);
      expect(message).toMatch(/\.env\.example/);
    }
  });

  it("never prints a secret's value", () => {
    try {
      parseConfig({ BETTER_AUTH_SECRET: "too-short-secret" });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/BETTER_AUTH_SECRET/);
      expect((error as Error).message).not.toContain("too-short-secret");
    }
  });

  it("PostgreSQL (several instances) needs the shared BETTER_AUTH_SECRET, and a postgres:// URL", () => {
    const url = "postgres://callpilot:secret@db.internal:5432/callpilot";
    expect(() => parseConfig({ DATABASE_URL: url })).toThrow(
      /BETTER_AUTH_SECRET: is required with DATABASE_URL/,
    );
    expect(() =>
      parseConfig({ DATABASE_URL: "mysql://root:hunter2@db/x", BETTER_AUTH_SECRET: "x".repeat(40) }),
    ).toThrow(/DATABASE_URL: expected a postgres:\/\/ URL/);
    // The URL carries a password: its value is never printed.
    expect(() => parseConfig({ DATABASE_URL: "mysql://root:hunter2@db/x" })).not.toThrow(/hunter2/);
    const config = parseConfig({ DATABASE_URL: url, BETTER_AUTH_SECRET: "x".repeat(40) });
    expect(config.DATABASE_URL).toBe(url);
    expect(config.DATABASE_POOL_SIZE).toBe(10);
  });

  it("refuses a forced LLM without its key", () => {
    expect(() => parseConfig({ INTAKE_MODEL: "gemini" })).toThrow(/GOOGLE_GENERATIVE_AI_API_KEY/);
  });

  describe("the dispatcher's claim outlasts the slowest dial", () => {
    const elevenLabs = {
      ELEVENLABS_API_KEY: "key",
      ELEVENLABS_AGENT_ID: "agent",
      ELEVENLABS_AGENT_PHONE_NUMBER_ID: "phone",
      ELEVENLABS_WEBHOOK_SECRET: "secret",
    };
    const twilio = {
      TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`,
      TWILIO_AUTH_TOKEN: "token",
      TWILIO_PHONE_NUMBER: "+16175550100",
      PUBLIC_BASE_URL: "https://callpilot.example.com",
    };

    it("an ElevenLabs dial (3 tries, 7 requests of ELEVENLABS_TIMEOUT_SECONDS) must fit in DIAL_LEASE_SECONDS", () => {
      // 5 requests of the dial and 2 of the hand-over tool's look-up (issue 16) × 15 s + 1.3 s of pauses = 106.3 s.
      expect(() =>
        parseConfig({ ...elevenLabs, ELEVENLABS_TIMEOUT_SECONDS: "15", DIAL_LEASE_SECONDS: "100" }),
      ).toThrow(
        /DIAL_LEASE_SECONDS: must be longer than the slowest dial, but a dial through ElevenLabs can take 106\.3 s \(3 tries making up to 7 requests, the hand-over tool's look-up included, of ELEVENLABS_TIMEOUT_SECONDS=15 s each.*set DIAL_LEASE_SECONDS to at least 107 or lower ELEVENLABS_TIMEOUT_SECONDS.* \(got "100"\)/,
      );
      expect(parseConfig({ ...elevenLabs, DIAL_LEASE_SECONDS: "107" }).DIAL_LEASE_SECONDS).toBe(107);
      expect(() =>
        parseConfig({ ...elevenLabs, ELEVENLABS_TIMEOUT_SECONDS: "30", DIAL_LEASE_SECONDS: "120" }),
      ).toThrow(/ELEVENLABS_TIMEOUT_SECONDS=30 s/);
    });

    it("the defaults fit every dialer", () => {
      expect(parseConfig({ ...elevenLabs }).DIAL_LEASE_SECONDS).toBe(120);
      expect(() => parseConfig({ ...twilio })).not.toThrow();
      expect(() => parseConfig({})).not.toThrow();
    });

    it("a Twilio dial (3 tries of Twilio's 15 s request timeout) must fit too", () => {
      expect(() => parseConfig({ ...twilio, DIAL_LEASE_SECONDS: "45" })).toThrow(
        /DIAL_LEASE_SECONDS: .*a dial through Twilio can take 46\.3 s .*Twilio's request timeout.*to at least 47/,
      );
    });

    it("the simulation needs only its own dial latency, so tests may use a one-second lease", () => {
      expect(parseConfig({ DIAL_LEASE_SECONDS: "1" }).DIAL_LEASE_SECONDS).toBe(1);
      expect(() => parseConfig({ DIAL_LEASE_SECONDS: "1", SIM_DIAL_LATENCY_MS: "2000" })).toThrow(
        /DIAL_LEASE_SECONDS: .*SIM_DIAL_LATENCY_MS=2000 ms.*or lower SIM_DIAL_LATENCY_MS/,
      );
      // An ElevenLabs timeout nobody uses does not matter.
      expect(() => parseConfig({ DIAL_LEASE_SECONDS: "5", ELEVENLABS_TIMEOUT_SECONDS: "60" })).not.toThrow();
    });
  });

  describe("the daily voice allowances", () => {
    it("have defaults, each wider than the one inside it", () => {
      const config = parseConfig({});
      expect([
        config.TTS_MAX_CHARACTERS,
        config.TTS_CHARACTERS_PER_PERSON_PER_DAY,
        config.TTS_CHARACTERS_PER_IP_PER_DAY,
        config.TTS_CHARACTERS_PER_DAY,
      ]).toEqual([2_000, 20_000, 60_000, 500_000]);
      expect([
        config.VOICE_SESSIONS_PER_PERSON_PER_DAY,
        config.VOICE_SESSIONS_PER_IP_PER_DAY,
        config.VOICE_SESSIONS_PER_DAY,
      ]).toEqual([10, 30, 300]);
      expect(config.RATE_LIMIT_VOICE_TRANSCRIPT_PER_MINUTE).toBe(60);
    });

    it("refuse a person's daily characters below the longest text one request may send", () => {
      expect(() => parseConfig({ TTS_CHARACTERS_PER_PERSON_PER_DAY: "1000" })).toThrow(
        /TTS_CHARACTERS_PER_PERSON_PER_DAY: expected at least TTS_MAX_CHARACTERS \(2,000\) \(got "1000"\)/,
      );
    });

    it("refuse a network's or everyone's allowance narrower than the one inside it", () => {
      expect(() => parseConfig({ VOICE_SESSIONS_PER_IP_PER_DAY: "5" })).toThrow(
        /VOICE_SESSIONS_PER_IP_PER_DAY: expected at least VOICE_SESSIONS_PER_PERSON_PER_DAY \(10\)/,
      );
      expect(() => parseConfig({ TTS_CHARACTERS_PER_DAY: "50000" })).toThrow(
        /TTS_CHARACTERS_PER_DAY: expected at least TTS_CHARACTERS_PER_IP_PER_DAY \(60,000\)/,
      );
      expect(() => parseConfig({ VOICE_SESSIONS_PER_PERSON_PER_DAY: "0" })).toThrow(/expected at least 1/);
    });
  });

  it(".env.example explains every setting", () => {
    const example = fs.readFileSync(path.join(process.cwd(), ".env.example"), "utf8");
    const keys = Object.keys(configSchema.in.shape).filter((key) => key !== "NODE_ENV");
    for (const key of keys) {
      const line = example.split("\n").findIndex((text) => text.startsWith(`${key}=`));
      expect(line, `${key} is missing from .env.example`).toBeGreaterThan(0);
      expect(example.split("\n")[line - 1], `${key} has no explanation above it`).toMatch(/^# /);
    }
  });
});
