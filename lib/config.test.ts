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
