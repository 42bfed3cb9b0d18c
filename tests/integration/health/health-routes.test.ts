// Liveness and readiness for a load balancer: /health answers without the database; /health/ready answers 503 with
// a short reason when the database does not answer or a migration is missing, the error itself only in the log.
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as liveness } from "@/app/health/route";
import { GET as readiness } from "@/app/health/ready/route";
import { closeDb, currentDialect, rawRows } from "@/db/client";
import { resetConfigForTests } from "@/lib/config";
import { logger } from "@/lib/logger";

const onPostgres = currentDialect() === "postgresql";
const testDatabase = { path: process.env.DATABASE_PATH!, url: process.env.DATABASE_URL };
// Drizzle's migrator keeps its ledger in a schema of its own on PostgreSQL.
const migrationsTable = sql.raw(onPostgres ? "drizzle.__drizzle_migrations" : "__drizzle_migrations");

afterEach(async () => {
  vi.restoreAllMocks();
  process.env.DATABASE_PATH = testDatabase.path;
  if (testDatabase.url) process.env.DATABASE_URL = testDatabase.url;
  resetConfigForTests();
  await closeDb();
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
    const response = await readiness();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ready", checks: { database: "ok" } });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 naming the missing migration when one is not applied", async () => {
    // The newest by created_at (each migration's journal time): SQLite's ledger leaves its id column null.
    const forgotten = await rawRows<{ hash: string }>(
      sql`delete from ${migrationsTable}
          where created_at = (select max(created_at) from ${migrationsTable}) returning hash`,
    );
    expect(forgotten).toHaveLength(1);
    const response = await readiness();
    expect(response.status).toBe(503);
    expect((await response.json()).reason).toBe("1 database migration(s) are not applied.");
  });

  it("answers 503 with a short reason when the database cannot be opened, and logs the error itself", async () => {
    const logged = vi.spyOn(logger, "error");
    await closeDb();
    if (onPostgres) {
      // Nothing listens on port 1 of this machine: the connection is refused at once.
      process.env.DATABASE_URL = "postgres://callpilot@127.0.0.1:1/callpilot";
    } else {
      // A file where the database's folder should be: the database cannot be created there.
      const notAFolder = path.join(path.dirname(testDatabase.path), "not-a-folder");
      fs.writeFileSync(notAFolder, "");
      process.env.DATABASE_PATH = path.join(notAFolder, "callpilot.db");
    }
    resetConfigForTests();
    const response = await readiness();
    expect(response.status).toBe(503);
    // Nothing of the driver's message (file paths, hosts, ports) reaches an unauthenticated caller.
    const body = await response.json();
    expect(body).toEqual({
      status: "unavailable",
      service: "callpilot",
      reason: "The database does not answer.",
    });
    expect(JSON.stringify(body)).not.toMatch(/not-a-folder|127\.0\.0\.1|ECONNREFUSED/);
    expect(logged).toHaveBeenCalledWith(
      "readiness check failed",
      expect.objectContaining({ error: expect.any(Error) }),
    );
  });
});
