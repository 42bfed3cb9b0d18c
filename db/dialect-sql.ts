// The few SQL expressions whose spelling differs between SQLite and PostgreSQL, each named for what it computes.
// Query modules build with these (and Drizzle's operators, which map values through the columns) so that one
// query text serves both databases.
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { currentDialect } from "./client";

const onPostgres = () => currentDialect() === "postgresql";

/** An instant column as milliseconds since the epoch (a number on both). */
export function epochMs(column: SQLWrapper): SQL<number> {
  return onPostgres() ? sql<number>`(extract(epoch from ${column}) * 1000)::float8` : sql<number>`${column}`;
}

/** A top-level field of a JSON column, as text. */
export function jsonText(column: SQLWrapper, field: string): SQL<string | null> {
  return onPostgres()
    ? sql<string | null>`(${column} ->> ${sql.raw(`'${field.replace(/'/g, "''")}'`)})`
    : sql<string | null>`json_extract(${column}, ${sql.raw(`'$.${field.replace(/'/g, "''")}'`)})`;
}

/** The larger of two numbers (SQLite's two-argument max, PostgreSQL's greatest). */
export function greatest(a: SQLWrapper | number, b: SQLWrapper | number): SQL<number> {
  return onPostgres() ? sql<number>`greatest(${a}, ${b})` : sql<number>`max(${a}, ${b})`;
}

/** `text LIKE pattern`, ignoring case on both (SQLite's LIKE already does; PostgreSQL's does not). */
export function likeIgnoringCase(column: SQLWrapper, pattern: string): SQL {
  return sql`lower(${column}) like lower(${pattern}) escape '\\'`;
}

/**
 * Which `widthMs`-wide interval since the epoch an instant falls in: its epoch milliseconds divided by the width,
 * rounded down, as a number on both (PostgreSQL's epoch is a float, so it needs an explicit floor).
 */
export function epochBucket(column: SQLWrapper, widthMs: number): SQL<number> {
  // A literal, not a bound parameter: SQLite binds JS numbers as REAL, and a REAL divisor would not truncate.
  const width = sql.raw(String(Math.trunc(widthMs)));
  return onPostgres()
    ? sql<number>`floor(${epochMs(column)} / ${width})`.mapWith(Number)
    : sql<number>`cast(${column} / ${width} as integer)`.mapWith(Number);
}

/** An aggregate: the distinct non-null values of a text column in the group, joined with commas (null for none). */
export function distinctCommaList(column: SQLWrapper): SQL<string | null> {
  return onPostgres()
    ? sql<string | null>`string_agg(distinct ${column}, ',')`
    : sql<string | null>`group_concat(distinct ${column})`;
}
