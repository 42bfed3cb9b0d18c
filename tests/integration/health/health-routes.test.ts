// Liveness and readiness for a load balancer: /health answers without the database; /health/ready answers 503 with
// the reason when the database does not answer or a migration is missing.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GET as liveness } from "@/app/health/route";
import { GET as readiness } from "@/app/health/ready/route";
import { closeDb, getDb } from "@/db/client";
import { sql } from "drizzle-orm";
import { resetConfigForTests } from "@/lib/config";

const testDatabase = process.env.DATABASE_PATH!;

afterEach(() => {
  process.env.DATABASE_PATH = testDatabase;
  resetConfigForTests();
  closeDb();
});

describe("GET /health", () => {
  it("says the service is healthy without touching the database", async () => {
    const response = liveness();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "healthy", service: "callpilot" });
  });
});

describe("GET /health/ready", () => {
  it("is ready when the database answers and every migration is applied", async () => {
    const response = readiness();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ready", checks: { database: "ok" } });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 naming the missing migration when one is not applied", async () => {
    getDb().run(sql`delete from __drizzle_migrations`);
    const response = readiness();
    expect(response.status).toBe(503);
    expect((await response.json()).reason).toBe("1 database migration(s) are not applied.");
  });

  it("answers 503 when the database cannot be opened", async () => {
    closeDb();
    // A file where the database's folder should be: the database cannot be created there.
    const notAFolder = path.join(path.dirname(testDatabase), "not-a-folder");
    fs.writeFileSync(notAFolder, "");
    process.env.DATABASE_PATH = path.join(notAFolder, "callpilot.db");
    resetConfigForTests();
    const response = readiness();
    expect(response.status).toBe(503);
    expect((await response.json()).reason).toMatch(/^The database does not answer/);
  });
});
