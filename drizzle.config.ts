import { defineConfig } from "drizzle-kit";

// Migrations for both databases come from the one schema (db/schema.ts): `npm run db:generate` runs drizzle-kit
// once per dialect, choosing the column types with CALLPILOT_SCHEMA_DIALECT. They are committed and applied by the
// app itself at start-up (db/migrate.ts), so no one runs drizzle-kit in production.
const dialect = process.env.CALLPILOT_SCHEMA_DIALECT === "postgresql" ? "postgresql" : "sqlite";

export default defineConfig(
  dialect === "postgresql"
    ? {
        dialect: "postgresql",
        schema: "./db/schema.ts",
        out: "./db/migrations/postgresql",
        dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/callpilot" },
      }
    : {
        dialect: "sqlite",
        schema: ["./db/schema.ts", "./db/embedded-jobs-schema.ts"],
        out: "./db/migrations/sqlite",
        dbCredentials: { url: process.env.DATABASE_PATH ?? "data/callpilot.db" },
      },
);
