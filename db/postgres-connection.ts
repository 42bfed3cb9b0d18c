// PostgreSQL: a connection pool per process (node-postgres) under Drizzle. A transaction takes one pooled client
// for its whole life, at READ COMMITTED; code that reads a row to rewrite it locks it first (forUpdate in
// db/client.ts). A transaction that loses a deadlock or a serialization check is run again from the start — its
// work is database work only, and what it does after commit waits in its scope until the commit.
import type { SQL } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { activeScope, runAfterCommit, runInScope, type TransactionScope } from "./transaction-scope";

export interface PostgresConnection {
  readonly url: string;
  readonly db: NodePgDatabase;
  readonly pool: pg.Pool;
  transaction<T>(work: (db: NodePgDatabase) => Promise<T>, onHookError: (error: unknown) => void): Promise<T>;
  rows<T>(query: SQL): Promise<T[]>;
  close(): Promise<void>;
}

const retryableCodes = new Set(["40001", "40P01"]);
const maxAttempts = 5;

export function openPostgres(
  url: string,
  options: { poolSize: number; onIdleError: (error: unknown) => void },
): PostgresConnection {
  // Idle connections stay open (idleTimeoutMillis 0): a server keeps its few connections warm, and the pool then
  // runs no timers of its own.
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize,
    idleTimeoutMillis: 0,
    application_name: "callpilot",
  });
  // An idle client losing its server (a failover, a restart) must not take the process down; the pool replaces it.
  pool.on("error", options.onIdleError);
  const db = drizzle(pool);

  async function transaction<T>(
    work: (db: NodePgDatabase) => Promise<T>,
    onHookError: (error: unknown) => void,
  ): Promise<T> {
    const open = activeScope<NodePgDatabase>();
    if (open) return work(open.handle);
    for (let attempt = 1; ; attempt++) {
      const client = await pool.connect();
      const scope: TransactionScope<NodePgDatabase> = {
        handle: drizzle(client),
        active: true,
        afterCommit: [],
        connection: client,
      };
      let result: T;
      try {
        await client.query("BEGIN");
        result = await runInScope(scope, () => work(scope.handle));
        await client.query("COMMIT");
      } catch (error) {
        scope.active = false;
        const broken = await client.query("ROLLBACK").then(
          () => false,
          () => true,
        );
        client.release(broken);
        if (attempt < maxAttempts && retryableCodes.has((error as { code?: string }).code ?? "")) {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
          continue;
        }
        throw error;
      }
      scope.active = false;
      client.release();
      runAfterCommit(scope, onHookError);
      return result;
    }
  }

  return {
    url,
    db,
    pool,
    transaction,
    rows: async <T>(query: SQL) => {
      const scope = activeScope<NodePgDatabase>();
      const result = await (scope?.handle ?? db).execute(query);
      return result.rows as T[];
    },
    close: () => pool.end(),
  };
}
