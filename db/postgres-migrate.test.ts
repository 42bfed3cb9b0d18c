// Instances that start together: each applies migrations at start-up, and the migration lock lets exactly one do
// the work while the others wait and then find the schema current. PostgreSQL only (SQLite has one process).
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, test } from "vitest";
import { databaseUrl } from "@/scripts/postgres/throwaway-cluster";
import { migratePostgres, postgresMigrationsFolder } from "./postgres-migrate";

const onPostgres = process.env.CALLPILOT_SCHEMA_DIALECT === "postgresql";

describe.runIf(onPostgres)("migrations on PostgreSQL", () => {
  test("four instances migrating an empty database at once apply every migration exactly once", async () => {
    const server = inject("postgresServerUrl");
    const name = `callpilot_migrate_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const url = databaseUrl(server, name);
      await Promise.all(Array.from({ length: 4 }, () => migratePostgres(url)));
      const journal = JSON.parse(
        fs.readFileSync(path.join(postgresMigrationsFolder, "meta", "_journal.json"), "utf8"),
      ) as { entries: Array<{ tag: string }> };
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const applied = await client.query("select hash from drizzle.__drizzle_migrations");
      const tables = await client.query(
        "select count(*)::int as n from information_schema.tables where table_schema = 'public'",
      );
      await client.end();
      expect(applied.rowCount).toBe(journal.entries.length);
      expect(tables.rows[0].n).toBeGreaterThan(25);
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
