// The database connection: one per process, opened on first use, WAL mode, migrations applied on open.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { getConfig } from "@/lib/config";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

interface OpenDatabase {
  path: string;
  db: Db;
  sqlite: Database.Database;
}

const holderKey = Symbol.for("callpilot.db");
type Holder = { [holderKey]?: OpenDatabase };

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Opens (creating when missing) the SQLite file, applies pending migrations, and tunes it for concurrent readers. */
export function openDatabase(databasePath: string): OpenDatabase {
  if (databasePath !== ":memory:")
    fs.mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
  const sqlite = new Database(databasePath);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  // Writers queue behind each other instead of failing while another process (a script, a second worker) writes.
  sqlite.pragma("busy_timeout = 5000");
  reusePreparedStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return { path: databasePath, db, sqlite };
}

// Drizzle asks the driver to prepare every query afresh, and compiling SQL was the largest single cost of a busy
// server (a simulated call makes dozens of small queries). The same SQL text gets the same compiled statement
// back instead; better-sqlite3 statements are synchronous, so one is never in use twice at once. Drizzle switches
// a statement to array rows with raw() when it wants them, so a reused statement is reset to objects first.
const statementCacheLimit = 1_000;

function reusePreparedStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const cached = statements.get(source);
    if (cached) {
      if (cached.reader) cached.raw(false);
      return cached;
    }
    const statement = prepare(source);
    if (statements.size >= statementCacheLimit) statements.clear();
    statements.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}

/** The process's database at the configured path (DATABASE_PATH); shared by route handlers, instrumentation and workers. */
export function getDb(databasePath: string = resolveDatabasePath()): Db {
  const holder = globalThis as Holder;
  const current = holder[holderKey];
  if (current && current.path === databasePath) return current.db;
  if (current) current.sqlite.close();
  holder[holderKey] = openDatabase(databasePath);
  return holder[holderKey].db;
}

export function closeDb(): void {
  const holder = globalThis as Holder;
  holder[holderKey]?.sqlite.close();
  delete holder[holderKey];
}

function resolveDatabasePath(): string {
  return getConfig().DATABASE_PATH;
}

/** Readiness: the database answers and every migration in db/migrations has been applied. */
export function checkDatabaseReady(): { ok: true } | { ok: false; reason: string } {
  try {
    const journal = JSON.parse(
      fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"),
    ) as {
      entries: unknown[];
    };
    getDb();
    const sqlite = (globalThis as Holder)[holderKey]!.sqlite;
    const row = sqlite.prepare("select count(*) as applied from __drizzle_migrations").get() as {
      applied: number;
    };
    if (row.applied < journal.entries.length) {
      return {
        ok: false,
        reason: `${journal.entries.length - row.applied} database migration(s) are not applied.`,
      };
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `The database does not answer: ${(error as Error).message}` };
  }
}

/**
 * A write transaction that takes SQLite's write lock at BEGIN (IMMEDIATE): a transaction that reads before it
 * writes could otherwise fail with "database is locked" when another process commits in between, instead of
 * waiting its turn under busy_timeout.
 */
export function writeTransaction<T>(work: (tx: Tx) => T): T {
  return getDb().transaction(work, { behavior: "immediate" });
}
