// The column types db/schema.ts is written in, for both databases: one schema text, two dialects. Each helper
// names a meaning (an instant, a JSON document, a flag) and maps it to that dialect's native type: an instant is
// `timestamptz(3)` on PostgreSQL and epoch milliseconds on SQLite, JSON is `jsonb` or JSON text, a flag is
// `boolean` or 0/1. Statically every table has PostgreSQL's types: that is the asynchronous query surface both
// drivers share, so code that type-checks runs on both (db/client.ts). The SQLite kit returns SQLite columns
// behind those types, which is why it is cast; db/schema-parity.test.ts checks the two stay the same tables.
import { sql } from "drizzle-orm";
import * as pg from "drizzle-orm/pg-core";
import * as lite from "drizzle-orm/sqlite-core";
import type { DatabaseDialect } from "./dialect";

const postgresKit = {
  dialect: "postgresql" as DatabaseDialect,
  table: pg.pgTable,
  index: pg.index,
  uniqueIndex: pg.uniqueIndex,
  primaryKey: pg.primaryKey,
  text: (name: string) => pg.text(name),
  enumText: <const T extends readonly [string, ...string[]]>(name: string, values: T) =>
    pg.text(name, { enum: values as unknown as [T[number], ...T[number][]] }),
  integer: (name: string) => pg.integer(name),
  /** A whole number past 32 bits (epoch milliseconds kept as a number by a library's own table). */
  bigInteger: (name: string) => pg.bigint(name, { mode: "number" }),
  real: (name: string) => pg.doublePrecision(name),
  flag: (name: string) => pg.boolean(name),
  instant: (name: string) => pg.timestamp(name, { withTimezone: true, precision: 3, mode: "date" }),
  json: (name: string) => pg.jsonb(name),
  /** An ever-growing integer key (append-only logs). */
  serialKey: (name: string) => pg.integer(name).primaryKey().generatedByDefaultAsIdentity(),
  /** The database's "now" as a column default. */
  now: sql`now()`,
};

export type SchemaKit = typeof postgresKit;

const sqliteKit = {
  dialect: "sqlite",
  table: lite.sqliteTable,
  index: lite.index,
  uniqueIndex: lite.uniqueIndex,
  primaryKey: lite.primaryKey,
  text: (name: string) => lite.text(name),
  enumText: <const T extends readonly [string, ...string[]]>(name: string, values: T) =>
    lite.text(name, { enum: values as unknown as [T[number], ...T[number][]] }),
  integer: (name: string) => lite.integer(name),
  bigInteger: (name: string) => lite.integer(name),
  real: (name: string) => lite.real(name),
  flag: (name: string) => lite.integer(name, { mode: "boolean" }),
  instant: (name: string) => lite.integer(name, { mode: "timestamp_ms" }),
  json: (name: string) => lite.text(name, { mode: "json" }),
  serialKey: (name: string) => lite.integer(name).primaryKey({ autoIncrement: true }),
  now: sql`(unixepoch('subsec') * 1000)`,
} as unknown as SchemaKit;

export function schemaKit(dialect: DatabaseDialect): SchemaKit {
  return dialect === "postgresql" ? postgresKit : sqliteKit;
}
