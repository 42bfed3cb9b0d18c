// Which database this process runs on: PostgreSQL when DATABASE_URL is set, else the embedded SQLite file.
// Read straight from the environment (not getConfig) because db/schema.ts picks its column types at import time;
// lib/config.ts validates the same variable at start-up.
export type DatabaseDialect = "sqlite" | "postgresql";

export function databaseDialect(env: NodeJS.ProcessEnv = process.env): DatabaseDialect {
  // drizzle-kit generates each dialect's migrations from the same schema module (drizzle.config.ts).
  const forced = env.CALLPILOT_SCHEMA_DIALECT;
  if (forced === "sqlite" || forced === "postgresql") return forced;
  return env.DATABASE_URL && env.DATABASE_URL.trim() !== "" ? "postgresql" : "sqlite";
}
