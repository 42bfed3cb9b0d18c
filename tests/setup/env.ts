// Runs before every unit and integration test file: a private temporary data folder and quiet logs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { closeDb } from "@/db/client";
import { resetConfigForTests } from "@/lib/config";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "callpilot-test-"));
process.env.DATA_DIR = dataDir;
process.env.DATABASE_PATH = path.join(dataDir, "callpilot.db");
process.env.LOG_LEVEL ??= "silent";
process.env.SIM_CALL_SECONDS ??= "0";
process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123456789";
// The guardrails' own tests set their limits explicitly; everything else runs unthrottled, as if on one quiet day.
process.env.RATE_LIMITS ??= "off";
process.env.BOOKINGS_PER_PERSON_PER_DAY ??= "100000";
process.env.CALLS_PER_PERSON_PER_DAY ??= "1000000";
process.env.CALLS_PER_NUMBER_PER_DAY ??= "1000000";
process.env.CALLS_PER_DAY ??= "10000000";
for (const key of [
  "GOOGLE_GENERATIVE_AI_API_KEY",
  "OPENAI_API_KEY",
  "ELEVENLABS_API_KEY",
  "TWILIO_ACCOUNT_SID",
  "TWILIO_AUTH_TOKEN",
  "TWILIO_PHONE_NUMBER",
  "TWILIO_API_BASE_URL",
  "CALL_REDIRECT_TO",
  "GOOGLE_PLACES_API_KEY",
  "GOOGLE_CALENDAR_CLIENT_ID",
  "GOOGLE_CALENDAR_CLIENT_SECRET",
  "SMTP_URL",
  "TRUSTED_PROXIES",
]) {
  delete process.env[key];
}
resetConfigForTests();

afterAll(() => {
  closeDb();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
