// Readiness: the database answers and every migration of its dialect has been applied.
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { currentDialect, rawRows } from "./client";
import { postgresMigrationsFolder } from "./postgres-migrate";
import { sqliteMigrationsFolder } from "./sqlite-connection";

/** `reason` is safe to show anyone; `cause` (the driver's error, with file paths and hosts in it) is for the log. */
export type Readiness = { ok: true } | { ok: false; reason: string; cause?: unknown };

export async function checkDatabaseReady(): Promise<Readiness> {
  const postgres = currentDialect() === "postgresql";
  const folder = postgres ? postgresMigrationsFolder : sqliteMigrationsFolder;
  try {
    const journal = JSON.parse(fs.readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as {
      entries: unknown[];
    };
    const [row] = await rawRows<{ applied: number | string }>(
      postgres
        ? sql`select count(*) as applied from drizzle.__drizzle_migrations`
        : sql`select count(*) as applied from __drizzle_migrations`,
    );
    const missing = journal.entries.length - Number(row?.applied ?? 0);
    if (missing > 0) return { ok: false, reason: `${missing} database migration(s) are not applied.` };
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: "The database does not answer.", cause: error };
  }
}
