// One schema text builds the SQLite and the PostgreSQL tables (db/schema-kit.ts): both builds must describe the same
// tables — names, columns, nullability, keys, defaults present, indexes — so query code means the same on both.
import { getTableConfig as pgTableConfig, type PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { is, Table } from "drizzle-orm";
import { afterEach, describe, expect, test, vi } from "vitest";

interface Shape {
  columns: Array<{ name: string; notNull: boolean; primary: boolean; hasDefault: boolean }>;
  indexes: string[];
  primaryKeys: string[][];
  foreignKeys: number;
}

async function tablesOf(dialect: "sqlite" | "postgresql"): Promise<Record<string, Shape>> {
  vi.resetModules();
  vi.stubEnv("CALLPILOT_SCHEMA_DIALECT", dialect);
  const schema = (await import("./schema")) as Record<string, unknown>;
  const shapes: Record<string, Shape> = {};
  for (const value of Object.values(schema)) {
    if (!is(value, Table)) continue;
    const config =
      dialect === "postgresql" ? pgTableConfig(value as PgTable) : sqliteTableConfig(value as SQLiteTable);
    shapes[config.name] = {
      columns: config.columns
        .map((column) => ({
          name: column.name,
          notNull: column.notNull,
          primary: column.primary,
          hasDefault: column.hasDefault,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      indexes: config.indexes.map((index) => String(index.config.name)).sort(),
      primaryKeys: config.primaryKeys.map((key) => key.columns.map((column) => column.name)),
      foreignKeys: config.foreignKeys.length,
    };
  }
  return shapes;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the schema on both databases", () => {
  test("SQLite and PostgreSQL get the same tables, columns, keys and indexes", async () => {
    const sqlite = await tablesOf("sqlite");
    const postgres = await tablesOf("postgresql");
    expect(Object.keys(sqlite).length).toBeGreaterThan(25);
    expect(postgres).toEqual(sqlite);
  });
});
