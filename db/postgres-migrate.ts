// Migrations on PostgreSQL: applied at start-up by whichever instance takes the migration lock first (a session
// advisory lock); the others wait on the lock, then find nothing left to apply. Instances of a deploy that start
// together therefore never both migrate, and none serves requests before the schema is current.
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";

export const postgresMigrationsFolder = path.join(process.cwd(), "db", "migrations", "postgresql");

// Any fixed 64-bit number, the same in every instance: "CallPilot migrations".
const migrationLockKey = 4_242_001;

export async function migratePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: "callpilot-migrate" });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [migrationLockKey]);
    try {
      await migrate(drizzle(client), { migrationsFolder: postgresMigrationsFolder });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [migrationLockKey]);
    }
  } finally {
    await client.end();
  }
}
