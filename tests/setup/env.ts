// Runs before every unit and integration test file: a private temporary data folder, quiet logs, and a database of
// the file's own — a SQLite file, or (in the -pg projects) a PostgreSQL database copied from the migrated template.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { closeDb } from "@/db/client";
import { stopJobStore } from "@/db/jobs";
import { stopListening } from "@/db/notifications";
import { resetConfigForTests } from "@/lib/config";
import { databaseUrl } from "@/scripts/postgres/throwaway-cluster";

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
process.env.TASKS_PER_PERSON_PER_DAY ??= "1000000";
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
  "DATABASE_URL",
]) {
  delete process.env[key];
}

const onPostgres = process.env.CALLPILOT_SCHEMA_DIALECT === "postgresql";
let dropDatabase = async () => {};
if (onPostgres) {
  const server = inject("postgresServerUrl");
  const name = `callpilot_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject("postgresTemplate")}`);
  await admin.end();
  process.env.DATABASE_URL = databaseUrl(server, name);
  dropDatabase = async () => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  };
}
resetConfigForTests();

afterAll(async () => {
  await stopJobStore();
  await stopListening();
  await closeDb();
  await dropDatabase();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
