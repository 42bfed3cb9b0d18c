// The database handle every query function in db/ uses, on SQLite (the embedded default) or PostgreSQL
// (DATABASE_URL). Both sit behind one asynchronous Drizzle surface typed as PostgreSQL's (db/schema-kit.ts): query
// code awaits its builders and reads `.returning()` rows, never a driver's own result shape, so one text runs on
// both. Opened on first use, one per process; inside transaction() getDb() is the transaction's handle.
import type { SQL } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgSelect } from "drizzle-orm/pg-core";
import { getConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import { databaseDialect, type DatabaseDialect } from "./dialect";
import { openPostgres, type PostgresConnection } from "./postgres-connection";
import { migratePostgres } from "./postgres-migrate";
import { openSqlite, type SqliteConnection } from "./sqlite-connection";
import { activeScope } from "./transaction-scope";

export type Db = NodePgDatabase;
/** A transaction handle has the same query surface as the database. */
export type Tx = Db;
export type DbOrTx = Db;

type Open =
  | { dialect: "sqlite"; target: string; connection: SqliteConnection }
  | { dialect: "postgresql"; target: string; connection: PostgresConnection; migrated?: Promise<void> };

const holderKey = Symbol.for("callpilot.db");
type Holder = { [holderKey]?: Open };

export function currentDialect(): DatabaseDialect {
  return databaseDialect();
}

function open(): Open {
  const holder = globalThis as Holder;
  const config = getConfig();
  const dialect = currentDialect();
  const target = dialect === "postgresql" ? config.DATABASE_URL! : config.DATABASE_PATH;
  const current = holder[holderKey];
  if (current && current.target === target) return current;
  if (current) void closeConnection(current);
  holder[holderKey] =
    dialect === "postgresql"
      ? {
          dialect,
          target,
          connection: openPostgres(target, {
            poolSize: config.DATABASE_POOL_SIZE,
            onIdleError: (error) => logger.warn("a pooled database connection failed", { error }),
          }),
        }
      : { dialect, target, connection: openSqlite(target) };
  return holder[holderKey];
}

/** The handle for queries: the open transaction's when called inside transaction(), else the process's pool. */
export function getDb(): Db {
  const scope = activeScope<Db>();
  if (scope) return scope.handle;
  return open().connection.db as unknown as Db;
}

/**
 * Runs work in one transaction and returns its result. Called inside another transaction it joins it (one
 * commit for all). Work is database work only: on PostgreSQL it may run again after a deadlock.
 */
export function transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const { connection } = open();
  const onHookError = (error: unknown) => logger.error("after-commit work failed", { error });
  return (connection.transaction as (w: (db: Db) => Promise<T>, e: typeof onHookError) => Promise<T>)(
    work,
    onHookError,
  );
}

/** Runs the hook once the open transaction commits (never if it rolls back); outside a transaction, now. */
export function afterCommit(hook: () => void): void {
  const scope = activeScope();
  if (scope) scope.afterCommit.push(hook);
  else hook();
}

/** The rows of a hand-written query, as objects named by the query's column aliases. */
export function rawRows<T>(query: SQL): Promise<T[]> {
  return open().connection.rows<T>(query);
}

/**
 * Locks the selected rows until the transaction ends, for code that reads a row to rewrite it. SQLite needs no
 * lock: its transactions already run one at a time.
 */
export function forUpdate<Q extends PgSelect>(query: Q): Q {
  return currentDialect() === "postgresql" ? (query.for("update") as Q) : query;
}

/** The PostgreSQL connection details for the parts that need their own sessions (LISTEN, the job queue). */
export function postgresTarget(): { url: string; transactionClient(): unknown } | null {
  const current = open();
  if (current.dialect !== "postgresql") return null;
  return { url: current.target, transactionClient: () => activeScope()?.connection };
}

/** The raw SQLite connection (the embedded job queue's statements, readiness); null on PostgreSQL. */
export function sqliteConnection(): SqliteConnection | null {
  const current = open();
  return current.dialect === "sqlite" ? current.connection : null;
}

/**
 * Opens the database and brings its schema up to date. SQLite migrates as it opens; PostgreSQL migrates under a
 * lock that one instance takes at a time (db/postgres-migrate.ts).
 */
export async function prepareDatabase(): Promise<void> {
  const current = open();
  if (current.dialect === "postgresql") {
    current.migrated ??= migratePostgres(current.target);
    await current.migrated;
  }
}

async function closeConnection(current: Open): Promise<void> {
  if (current.dialect === "sqlite") current.connection.close();
  else await current.connection.close();
}

export async function closeDb(): Promise<void> {
  const holder = globalThis as Holder;
  const current = holder[holderKey];
  delete holder[holderKey];
  if (current) await closeConnection(current);
}
