// The embedded database: one better-sqlite3 connection per process, driven through Drizzle's asynchronous SQLite
// driver (sqlite-proxy) so that query code is the same awaited code as on PostgreSQL.
//
// better-sqlite3 runs each statement synchronously, but a transaction spans awaits, and between them any other
// request's query would run on the same connection, inside that transaction. So a transaction holds this
// connection's lock from BEGIN to COMMIT, and every statement from outside it waits for the lock: statements from
// inside it (the same async context, db/transaction-scope.ts) run at once. Third-party libraries that query through
// the handle (Better Auth, the rate limiter) get the same guarantee, since the lock sits under Drizzle.
//
// Another process (a script) writing to the same file is waited for asynchronously (db/sqlite-busy-retry.ts): a
// synchronous SQLite wait would stop the whole server's event loop for as long as the script holds the file. For the
// same reason commits are synced to disk off the event loop (db/sqlite-wal-sync.ts), and awaited before a write
// returns.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { SQL } from "drizzle-orm";
import { drizzle as drizzleBetterSqlite } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { drizzle as drizzleProxy, type SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import { ConnectionLock } from "./connection-lock";
import { retryWhileBusy } from "./sqlite-busy-retry";
import { noWalSync, walSyncFor, type WalSync } from "./sqlite-wal-sync";
import { activeScope, runAfterCommit, runInScope, type TransactionScope } from "./transaction-scope";

export const sqliteMigrationsFolder = path.join(process.cwd(), "db", "migrations", "sqlite");

type Method = "run" | "all" | "values" | "get";

export interface SqliteConnection {
  readonly path: string;
  readonly db: SqliteRemoteDatabase;
  readonly sqlite: Database.Database;
  transaction<T>(
    work: (db: SqliteRemoteDatabase) => Promise<T>,
    onHookError: (error: unknown) => void,
  ): Promise<T>;
  /** Rows of a raw query as objects keyed by column name. */
  rows<T>(query: SQL): Promise<T[]>;
  close(): void;
}

// Opening runs before anything is served, so it may simply block while a script finishes writing.
const startupBusyTimeoutMs = 5_000;
// After that, the longest one statement blocks the event loop on a locked file; longer waits are awaited instead.
export const busyTimeoutMs = 10;

/**
 * Opens (creating when missing) the SQLite file, applies pending migrations, and tunes it for concurrent readers.
 * `walSync` replaces the log's fsync (tests).
 */
export function openSqlite(
  databasePath: string,
  options: { walSync?: (databasePath: string) => WalSync } = {},
): SqliteConnection {
  if (databasePath !== ":memory:")
    fs.mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
  const sqlite = new Database(databasePath, { timeout: startupBusyTimeoutMs });
  sqlite.pragma("journal_mode = WAL");
  // NORMAL: in WAL mode the file stays consistent, but a commit is only written to the log, not synced; on its own
  // that could lose, on a power cut, a booking a business already agreed to. Every write here therefore awaits the
  // log's fsync (walSync below) before it returns — FULL's guarantee, without FULL's fsync on the event loop.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  migrate(drizzleBetterSqlite(sqlite), { migrationsFolder: sqliteMigrationsFolder });
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);

  const prepare = statementCache(sqlite);
  const lock = new ConnectionLock();
  const walSync =
    databasePath === ":memory:" ? noWalSync : (options.walSync ?? walSyncFor)(path.resolve(databasePath));
  const dialect = new SQLiteAsyncDialect();

  const execute = (text: string, params: unknown[], method: Method): { rows: unknown[]; wrote: boolean } => {
    const statement = prepare(text);
    const wrote = !statement.readonly;
    if (method === "run" || !statement.reader) {
      const result = statement.run(...params);
      // The shape of node-postgres's result, so code reading an update's row count reads it the same way.
      return { rows: [], rowCount: result.changes, wrote } as { rows: unknown[]; wrote: boolean };
    }
    statement.raw(true);
    // sqlite-proxy's contract: rows as arrays of column values; "get" answers one such array (or undefined).
    return {
      rows: (method === "get" ? statement.get(...params) : statement.all(...params)) as unknown[],
      wrote,
    };
  };

  /** A write outside a transaction committed on its own: it returns once that commit is on disk. */
  const syncedIfWritten = async <T extends { wrote: boolean }>(outcome: Promise<T>): Promise<T> => {
    const result = await outcome;
    if (result.wrote && activeScope()?.connection !== sqlite) await walSync.flush();
    return result;
  };

  // Statements from inside the open transaction run at once; others wait until no transaction holds the lock.
  const withConnection = async <T>(work: () => T): Promise<T> => {
    const scope = activeScope();
    if (scope?.connection === sqlite) return work();
    // A statement refused because another process is writing goes back behind the lock for each try, so it never
    // runs inside a transaction this connection began while it waited.
    return retryWhileBusy(() => outsideTransactions(work));
  };
  const outsideTransactions = async <T>(work: () => T): Promise<T> => {
    if (!lock.isHeld) return work();
    const release = await lock.acquire();
    try {
      return work();
    } finally {
      release();
    }
  };

  // IMMEDIATE takes the write lock now: a transaction that reads before it writes could otherwise fail with
  // "database is locked" when another process commits in between. While another process holds the write lock, the
  // connection's own lock is given back between tries, so this process's reads carry on meanwhile.
  const beginImmediate = () =>
    retryWhileBusy(async () => {
      const release = await lock.acquire();
      try {
        sqlite.exec("BEGIN IMMEDIATE");
        return release;
      } catch (error) {
        release();
        throw error;
      }
    });

  const db = drizzleProxy(async (text, params, method) => {
    const result: { rows: unknown[]; wrote?: boolean } = await syncedIfWritten(
      withConnection(() => execute(text, params, method)),
    );
    delete result.wrote;
    return result;
  });
  // Libraries that open their own transactions through the handle get ours (drizzle's would BEGIN without the lock).
  (db as unknown as { transaction: unknown }).transaction = (
    work: (tx: SqliteRemoteDatabase) => Promise<unknown>,
  ) => transaction(work, () => undefined);

  async function transaction<T>(
    work: (db: SqliteRemoteDatabase) => Promise<T>,
    onHookError: (error: unknown) => void,
  ): Promise<T> {
    const open = activeScope<SqliteRemoteDatabase>();
    if (open?.connection === sqlite) return work(open.handle);
    const release = await beginImmediate();
    const scope: TransactionScope<SqliteRemoteDatabase> = {
      handle: db,
      active: true,
      afterCommit: [],
      connection: sqlite,
    };
    let result: T;
    try {
      try {
        result = await runInScope(scope, () => work(db));
        // A refused COMMIT leaves the transaction open, so it can simply be tried again.
        await retryWhileBusy(() => sqlite.exec("COMMIT"));
      } catch (error) {
        if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
        throw error;
      }
    } finally {
      scope.active = false;
      release();
    }
    // The lock is already free for the next transaction; this one's caller waits until its commit is on disk.
    await walSync.flush();
    runAfterCommit(scope, onHookError);
    return result;
  }

  return {
    path: databasePath,
    db,
    sqlite,
    transaction,
    rows: async <T>(query: SQL) => {
      const { rows } = await syncedIfWritten(
        withConnection(() => {
          const { sql: text, params } = dialect.sqlToQuery(query);
          const statement = prepare(text);
          const wrote = !statement.readonly;
          if (!statement.reader) {
            statement.run(...params);
            return { rows: [] as T[], wrote };
          }
          return { rows: statement.raw(false).all(...params) as T[], wrote };
        }),
      );
      return rows;
    },
    close: () => {
      walSync.close();
      sqlite.close();
    },
  };
}

// Drizzle asks the driver to prepare every query afresh, and compiling SQL was the largest single cost of a busy
// server (a simulated call makes dozens of small queries). The same SQL text gets the same compiled statement
// back; better-sqlite3 statements are synchronous, so one is never in use twice at once.
const statementCacheLimit = 1_000;

function statementCache(sqlite: Database.Database): (text: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (text) => {
    const cached = statements.get(text);
    if (cached) return cached;
    const statement = sqlite.prepare(text);
    if (statements.size >= statementCacheLimit) statements.clear();
    statements.set(text, statement);
    return statement;
  };
}
